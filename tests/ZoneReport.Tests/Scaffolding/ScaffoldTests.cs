using ZoneReport.Diagnostics;
using ZoneReport.Scaffolding;
using ZoneReport.Tests.Support;
using ZoneReport.Translation;

namespace ZoneReport.Tests.Scaffolding;

/// <summary>`new`: skeletons that build at once, placeholders the build reports, no file ever overwritten, names checked.</summary>
public sealed class ScaffoldTests : IDisposable
{
    private readonly TestSite _site = new();

    [Fact]
    public void A_new_zone_edition_and_article_build_at_once_and_the_article_is_a_draft()
    {
        Assert.Equal(["content/new-zone/zone.yml"], Scaffold.Zone(_site.Folder, "new-zone").AsEnumerable());
        Assert.Equal(["content/new-zone/2024/edition.yml"], Scaffold.Edition(_site.Folder, "new-zone/2024").AsEnumerable());
        Assert.Equal(["content/new-zone/2024/report.zh.md", "content/new-zone/2024/report.en.md"], Scaffold.Article(_site.Folder, "new-zone/2024/report").AsEnumerable());

        _site.Build();
        Assert.True(File.Exists(Path.Combine(_site.Output, "en/new-zone/2024/index.html")));
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "en/new-zone/2024/report")));

        _site.Build(drafts: true);
        Assert.Contains("TODO: write the article here.", _site.Page("en/new-zone/2024/report/index.html"));
        Assert.Contains("TODO：在这里写正文。", _site.Page("zh/new-zone/2024/report/index.html"));
    }

    [Fact]
    public void Every_placeholder_left_is_a_warning_at_its_line_and_column_and_drafts_count_once_built()
    {
        Scaffold.Zone(_site.Folder, "new-zone");
        Scaffold.Edition(_site.Folder, "new-zone/2024");
        Scaffold.Article(_site.Folder, "new-zone/2024/report");

        var published = _site.Build().Warnings.Select(w => w.Location.ToString()).ToList();
        Assert.Contains("content/new-zone/zone.yml:4:8", published);
        Assert.Contains("content/new-zone/2024/edition.yml:6:8", published);
        Assert.DoesNotContain(published, w => w.Contains("report."));
        Assert.Equal(12, published.Count); // name and summary of the zone; title, summary, publication and page of the edition; in two languages

        var withDrafts = _site.Build(drafts: true).Warnings;
        Assert.Equal(18, withDrafts.Length); // and the title, summary and body of the article in each language
        var body = Assert.Single(withDrafts, w => w.Location.File.EndsWith("report.zh.md") && w.Message.Contains("在这里写正文"));
        Assert.Equal("unfinished: the placeholder “TODO：在这里写正文。” is still here and would be published", body.Message);
    }

    [Fact]
    public void A_finished_skeleton_builds_without_warnings()
    {
        Scaffold.Edition(_site.Folder, "sample-zone/2024");
        Scaffold.Article(_site.Folder, "sample-zone/2024/report");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(_site.Folder, "content/sample-zone/2024")))
        {
            var text = File.ReadAllText(file).Replace("TODO：", "").Replace("TODO: ", "").Replace("draft: true\n", "");
            File.WriteAllText(file, text);
        }

        TranslationRecorder.Record(_site.Folder, "sample-zone/2024/report", new DateOnly(2024, 6, 1));
        var result = _site.Build();
        Assert.Empty(result.Warnings);
        Assert.Contains("在这里写正文。", _site.Page("zh/sample-zone/2024/report/index.html"));
    }

    [Fact]
    public void New_never_overwrites_and_writes_nothing_when_one_file_exists()
    {
        _site.Write("content/sample-zone/2022/report.en.md", "mine");
        var error = Assert.Throws<BuildException>(() => Scaffold.Article(_site.Folder, "sample-zone/2022/report")).Errors.Single();
        Assert.Equal("content/sample-zone/2022/report.en.md exists already; new never overwrites a file", error.Message);
        Assert.Equal("mine", _site.Read("content/sample-zone/2022/report.en.md"));
        Assert.False(File.Exists(Path.Combine(_site.Folder, "content/sample-zone/2022/report.zh.md")));

        var zone = _site.Read("content/sample-zone/zone.yml");
        Assert.Throws<BuildException>(() => Scaffold.Zone(_site.Folder, "sample-zone"));
        Assert.Throws<BuildException>(() => Scaffold.Edition(_site.Folder, "sample-zone/2022"));
        Assert.Equal(zone, _site.Read("content/sample-zone/zone.yml"));
    }

    [Theory]
    [InlineData("zone", "Xu Chang", "the zone name 'Xu Chang' may only hold lower-case letters, digits and '-' (it becomes part of the address)", "use a name such as 'xu-chang'")]
    [InlineData("zone", "a/b", "'a/b' does not name a zone", "write it as zone, e.g. zhoukou-edz")]
    [InlineData("edition", "sample-zone", "'sample-zone' does not name an edition", "write it as zone/year, e.g. zhoukou-edz/2024")]
    [InlineData("edition", "sample-zone/special", "the edition name 'special' does not start with its year", "name the edition for the year of its pages, e.g. 2024, or 2024-special for a second edition that year")]
    [InlineData("edition", "no-zone/2024", "there is no zone 'no-zone'", "create it first with 'zonereport new zone no-zone', or check the name (content/ holds sample-zone)")]
    [InlineData("article", "sample-zone/2023/x", "there is no edition 'sample-zone/2023'", "create it first with 'zonereport new edition sample-zone/2023', or check the name (content/sample-zone/ holds 2022)")]
    [InlineData("article", "sample-zone/2022/年终综述", "the article name '年终综述' may only hold lower-case letters, digits and '-' (it becomes part of the address)", "use a name such as 'my-article'")]
    [InlineData("article", "sample-zone/2022/news.en.md", "'sample-zone/2022/news.en.md' names a file; new article takes the article's name", "leave out the language and '.md': zonereport new article sample-zone/2022/news")]
    public void A_bad_name_is_refused_with_a_name_that_would_do(string kind, string name, string message, string hint)
    {
        var before = Directory.EnumerateFiles(_site.Folder, "*", SearchOption.AllDirectories).Count();
        var error = Assert.Throws<BuildException>(() => _ = kind switch
        {
            "zone" => Scaffold.Zone(_site.Folder, name),
            "edition" => Scaffold.Edition(_site.Folder, name),
            _ => Scaffold.Article(_site.Folder, name),
        }).Errors.Single();
        Assert.Equal((message, hint), (error.Message, error.Hint));
        Assert.Equal(before, Directory.EnumerateFiles(_site.Folder, "*", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public void A_new_article_comes_after_the_articles_of_its_edition()
    {
        Scaffold.Article(_site.Folder, "sample-zone/2022/report");
        Assert.Contains("\norder: 3 ", _site.Read("content/sample-zone/2022/report.zh.md"));
        Assert.Contains("\norder: 3 ", _site.Read("content/sample-zone/2022/report.en.md"));
        Assert.DoesNotContain("draft:", _site.Read("content/sample-zone/2022/report.en.md").Replace("'draft:'", ""));
    }

    public void Dispose() => _site.Dispose();
}
