using ZoneReport.Diagnostics;
using ZoneReport.Tests.Support;
using ZoneReport.Translation;

namespace ZoneReport.Tests.Translation;

public sealed class StaleTranslationTests : IDisposable
{
    private readonly TestSite _site = new();
    private const string Chinese = "content/sample-zone/2022/plan.zh.md";
    private const string English = "content/sample-zone/2022/plan.en.md";

    [Fact]
    public void The_lock_file_reads_back_what_it_wrote_and_is_the_same_for_the_same_state()
    {
        var lockFile = $"{_site.EditionFolder}/{TranslationLock.FileName}";
        var written = _site.Read(lockFile);
        var parsed = TranslationLock.Parse(written, lockFile);
        Assert.Equal(written, parsed.Write());
        var plan = parsed.For("plan.en.md")!;
        Assert.Equal(("plan.zh.md", new DateOnly(2022, 10, 20)), (plan.Source, plan.Translated));
        Assert.Contains(plan.Blocks, b => b.Kind == BlockKind.Placement && b.Excerpt == "[[plan: 11346]]");

        TranslationRecorder.Record(_site.Folder, "sample-zone/2022/plan", new DateOnly(2022, 10, 20));
        Assert.Equal(written, _site.Read(lockFile));
    }

    [Fact]
    public void A_damaged_lock_file_is_an_error_naming_its_line()
    {
        var lockFile = $"{_site.EditionFolder}/{TranslationLock.FileName}";
        _site.Replace(lockFile, "heading 17 ", "heading seventeen ");
        var error = Assert.Single(Assert.Throws<BuildException>(() => _site.Build()).Errors);
        Assert.Equal((lockFile, 15), (error.Location.File, error.Location.Line));
        Assert.Contains("not 'kind line fingerprint words'", error.Message);
    }

    [Fact]
    public void Changed_added_and_removed_blocks_are_named_with_their_lines()
    {
        _site.Replace(Chinese, "## 主攻产业", "## 主攻两大产业");
        _site.Replace(Chinese, "合同资金226亿元。\n", "合同资金226亿元。\n\n新增一段说明。\n");
        _site.Replace(Chinese, "| 食品加工 | 益海嘉里 |\n", "");
        var warning = Assert.Single(_site.Build().Warnings);
        Assert.Equal(English, warning.Location.File);
        Assert.Equal("the translation is stale: its original content/sample-zone/2022/plan.zh.md changed after it was translated on 2022-10-20: " +
            "paragraph at line 15 added (“新增一段说明。”); heading at line 19 changed (“主攻两大产业”); table row removed (was at line 21: “食品加工 | 益海嘉里”)",
            warning.Message);
        Assert.Contains("run `zonereport translated sample-zone/2022/plan`", warning.Hint);
    }

    [Fact]
    public void Policy_error_stops_the_build_and_leaves_the_site_as_it_was()
    {
        _site.Build();
        var before = File.ReadAllText(Path.Combine(_site.Output, "en/index.html"));
        _site.Replace("site.yml", "output: _site", "output: _site\nstale_translation: error");
        _site.Replace(Chinese, "据开发区经济工作会议。", "据开发区经济工作会议纪要。");
        var error = Assert.Single(Assert.Throws<BuildException>(() => _site.Build()).Errors);
        Assert.Equal(English, error.Location.File);
        Assert.Contains("paragraph at line 29 changed", error.Message);
        Assert.Equal(before, File.ReadAllText(Path.Combine(_site.Output, "en/index.html")));
    }

    [Fact]
    public void Policy_note_puts_a_visible_note_on_the_english_page_only()
    {
        _site.Replace("site.yml", "output: _site", "output: _site\nstale_translation: note");
        _site.Replace(Chinese, "据开发区经济工作会议。", "据开发区经济工作会议纪要。");
        _site.Build();
        var english = File.ReadAllText(Path.Combine(_site.Output, "en/sample-zone/2022/plan/index.html"));
        Assert.Contains("<p class=\"note translation-notice\" role=\"note\">The Chinese original has been revised since this translation was made on 2022-10-20; it may not reflect the change.</p>", english);
        Assert.DoesNotContain("translation-notice", File.ReadAllText(Path.Combine(_site.Output, "zh/sample-zone/2022/plan/index.html")));
        Assert.DoesNotContain("translation-notice", File.ReadAllText(Path.Combine(_site.Output, "en/sample-zone/2022/news/index.html")));
    }

    [Fact]
    public void An_unknown_policy_is_an_error_with_the_choices()
    {
        _site.Replace("site.yml", "output: _site", "output: _site\nstale_translation: sometimes");
        var error = Assert.Single(Assert.Throws<BuildException>(() => _site.Build()).Errors);
        Assert.Equal("stale_translation must be 'warn', 'error' or 'note', not 'sometimes'", error.Message);
    }

    [Fact]
    public void Recording_names_an_article_that_does_not_exist()
    {
        var error = Assert.Single(Assert.Throws<BuildException>(() => TranslationRecorder.Record(_site.Folder, "sample-zone/2022/none", new DateOnly(2023, 1, 1))).Errors);
        Assert.Equal("there is no original to record: content/sample-zone/2022/none.zh.md does not exist", error.Message);
        Assert.Equal("'plan' does not name an article",
            Assert.Single(Assert.Throws<BuildException>(() => TranslationRecorder.Record(_site.Folder, "plan", new DateOnly(2023, 1, 1))).Errors).Message);
    }

    public void Dispose() => _site.Dispose();
}
