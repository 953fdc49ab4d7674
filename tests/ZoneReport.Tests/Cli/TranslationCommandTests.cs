using System.Text.Json;
using ZoneReport.Tests.Translation;

namespace ZoneReport.Tests.Cli;

/// <summary>`translated` records, `check --translations` reports (text and JSON), and the policy decides the exit code.</summary>
public sealed class TranslationCommandTests : IDisposable
{
    private readonly TranslationFixture _fixture = new();

    [Fact]
    public void Check_translations_prints_each_finding_with_file_and_line_on_both_sides()
    {
        _fixture.Review("unit-wrong.en.md");
        var (code, output, _) = CliRun.Run("check", "--translations", "--source", _fixture.Site.Folder);
        Assert.Equal(0, code);
        Assert.Contains("content/sample-zone/2022/review.en.md: up to date (translated 2023-01-05), 1 finding\n" +
            "  content/sample-zone/2022/review.zh.md:5 content/sample-zone/2022/review.en.md:5: number: " +
            "the number 226亿元 (22,600,000,000) is 2.26 billion (2,260,000,000) in the English\n", output);
        Assert.EndsWith("3 translations: 3 up to date, 0 stale, 0 not recorded, 0 untranslated; 1 finding, 0 explained, 1 unexplained\n", output);
    }

    [Fact]
    public void Check_translations_as_json_for_bots()
    {
        _fixture.Review("paragraph-dropped.en.md");
        var (code, output, _) = CliRun.Run("check", "--translations", "--format", "json", "--source", _fixture.Site.Folder);
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var review = json.RootElement.GetProperty("translations").EnumerateArray().Single(t => t.GetProperty("article").GetString() == "sample-zone/2022/review");
        var finding = Assert.Single(review.GetProperty("findings").EnumerateArray().ToList());
        Assert.Equal(("missing", 13, false), (finding.GetProperty("kind").GetString(), finding.GetProperty("original_line").GetInt32(), finding.GetProperty("explained").GetBoolean()));
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("unexplained").GetInt32());
    }

    [Fact]
    public void Unexplained_findings_fail_the_check_when_the_policy_says_error()
    {
        _fixture.Review("number-missing.en.md");
        _fixture.Site.Replace("site.yml", "output: _site", "output: _site\nstale_translation: error");
        Assert.Equal(1, CliRun.Run("check", "--translations", "--source", _fixture.Site.Folder).Code);
        _fixture.Site.Write(TranslationFixture.English, TranslationFixture.Fixture("review.en.md"));
        Assert.Equal(0, CliRun.Run("check", "--translations", "--source", _fixture.Site.Folder).Code);
    }

    [Fact]
    public void Check_reports_a_stale_translation_as_build_does_without_writing_the_site()
    {
        _fixture.Review("review.en.md", site => site.Replace(TranslationFixture.Chinese, "全年开工重点项目22个", "全年开工重点项目25个"));
        var (code, output, errors) = CliRun.Run("check", "--source", _fixture.Site.Folder);
        Assert.Equal(0, code);
        Assert.Contains("content/sample-zone/2022/review.en.md:1:1: warning: the translation is stale: its original content/sample-zone/2022/review.zh.md " +
            "changed after it was translated on 2023-01-05: paragraph at line 17 changed (“全年开工重点项目25个，完成投资…”)", errors);
        // The second warning: the English still gives the number the original changed (a translation finding).
        Assert.Contains("review.en.md:17:1: warning: translation (number): the number 25 is 22 in the English", errors);
        Assert.Contains("No errors, 2 warning(s)", output);
        Assert.False(Directory.Exists(_fixture.Site.Output));
    }

    [Fact]
    public void Translated_records_the_state_and_says_so()
    {
        _fixture.Review("review.en.md", site => site.Replace(TranslationFixture.Chinese, "全年开工重点项目22个", "全年开工重点项目25个"));
        _fixture.Site.Replace(TranslationFixture.English, "22 key projects", "25 key projects");
        var (code, output, _) = CliRun.Run("translated", "--source", _fixture.Site.Folder, "--date", "2023-02-01", "sample-zone/2022/review");
        Assert.Equal((0, "Recorded content/sample-zone/2022/review.en.md as translated on 2023-02-01 from the original as it is now.\n"), (code, output));
        Assert.Contains("translated: 2023-02-01", _fixture.Site.Read("content/sample-zone/2022/translations.lock.yml"));
        Assert.EndsWith("0 findings, 0 explained, 0 unexplained\n", CliRun.Run("check", "--translations", "--source", _fixture.Site.Folder).Output);

        var (bad, _, errors) = CliRun.Run("translated", "--source", _fixture.Site.Folder, "sample-zone/2022/missing");
        Assert.Equal(1, bad);
        Assert.Contains("content/sample-zone/2022/missing.zh.md:1:1: error: there is no original to record", errors);
    }

    [Fact]
    public void After_new_article_writing_the_chinese_makes_the_english_stale_until_it_is_translated_and_recorded()
    {
        var site = _fixture.Site;
        Assert.Equal(0, CliRun.Run("new", "article", "sample-zone/2022/fresh", "--source", site.Folder).Code);
        const string chinese = "content/sample-zone/2022/fresh.zh.md";
        var line = site.Read(chinese).Split('\n').ToList().FindIndex(l => l.Contains("在这里写正文。", StringComparison.Ordinal)) + 1;
        var englishLine = site.Read("content/sample-zone/2022/fresh.en.md").Split('\n').ToList().FindIndex(l => l.Contains("write the article here.", StringComparison.Ordinal)) + 1;
        site.Replace(chinese, "在这里写正文。", "全年开工重点项目22个。");

        var (_, output, _) = CliRun.Run("check", "--translations", "--drafts", "--source", site.Folder);
        Assert.Contains("content/sample-zone/2022/fresh.en.md: stale (translated 2024-06-01)", output);
        Assert.Contains($"content/sample-zone/2022/fresh.zh.md:{line} content/sample-zone/2022/fresh.en.md:{englishLine}: stale: " +
            $"the Chinese paragraph at line {line} changed after the translation was recorded on 2024-06-01", output);

        site.Replace("content/sample-zone/2022/fresh.en.md", "write the article here.", "22 key projects started in the year.");
        Assert.Equal(0, CliRun.Run("translated", "sample-zone/2022/fresh", "--source", site.Folder).Code);
        Assert.Equal("3 translations: 3 up to date, 0 stale, 0 not recorded, 0 untranslated; 0 findings, 0 explained, 0 unexplained\n",
            CliRun.Run("check", "--translations", "--drafts", "--source", site.Folder).Output);
    }

    public void Dispose() => _fixture.Dispose();
}
