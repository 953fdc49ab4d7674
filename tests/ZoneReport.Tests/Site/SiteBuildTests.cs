using ZoneReport.Diagnostics;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Site;

public sealed class SiteBuildTests(BuiltFixtureSite fixture) : IClassFixture<BuiltFixtureSite>
{
    private TestSite Site => fixture.Site;

    [Fact]
    public void Every_internal_link_leads_to_a_file_in_the_output()
    {
        Assert.Empty(LinkWalker.BrokenLinks(Site.Output, "/reports/"));
    }

    [Fact]
    public void Writes_every_page_kind_in_both_languages()
    {
        foreach (var language in new[] { "zh", "en" })
        {
            Assert.True(File.Exists(Path.Combine(Site.Output, language, "index.html")));
            Assert.True(File.Exists(Path.Combine(Site.Output, language, "404.html")));
            Assert.True(File.Exists(Path.Combine(Site.Output, language, "sample-zone", "index.html")));
            Assert.True(File.Exists(Path.Combine(Site.Output, language, "sample-zone", "2022", "index.html")));
            Assert.True(File.Exists(Path.Combine(Site.Output, language, "sample-zone", "2022", "plan", "index.html")));
            Assert.True(File.Exists(Path.Combine(Site.Output, language, "sample-zone", "2022", "plans", "11346", "index.html")));
        }

        Assert.True(File.Exists(Path.Combine(Site.Output, "index.html")));
        Assert.True(File.Exists(Path.Combine(Site.Output, "404.html")));
    }

    [Fact]
    public void Language_switch_leads_to_the_counterpart_and_back()
    {
        var zh = Site.Page("zh/sample-zone/2022/plan/index.html");
        var en = Site.Page("en/sample-zone/2022/plan/index.html");
        Assert.Contains("href=\"../../../../en/sample-zone/2022/plan/index.html\" hreflang=\"en\"", zh);
        Assert.Contains("href=\"../../../../zh/sample-zone/2022/plan/index.html\" hreflang=\"zh-Hans\"", en);
        Assert.Contains("<html lang=\"zh-Hans\">", zh);
        Assert.Contains("<html lang=\"en\">", en);
    }

    [Fact]
    public void Every_page_names_its_canonical_address_and_both_languages_and_x_default()
    {
        var en = Site.Page("en/sample-zone/2022/plan/index.html");
        Assert.Contains("<link rel=\"canonical\" href=\"https://test.example.org/reports/en/sample-zone/2022/plan/\">", en);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"zh-Hans\" href=\"https://test.example.org/reports/zh/sample-zone/2022/plan/\">", en);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://test.example.org/reports/en/sample-zone/2022/plan/\">", en);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://test.example.org/reports/zh/sample-zone/2022/plan/\">", en);
        Assert.Contains("<meta name=\"description\" content=\"The zone set out its “11346” industrial development plan.\">", en);
    }

    [Fact]
    public void Two_builds_give_byte_identical_files()
    {
        using var other = new TestSite();
        other.Build();
        var first = Files(Site.Output);
        var second = Files(other.Output);
        Assert.Equal(first.Keys, second.Keys);
        foreach (var (path, bytes) in first)
        {
            Assert.True(bytes.SequenceEqual(second[path]), $"{path} differs between two builds");
        }

        Assert.DoesNotContain(first.Values, bytes => bytes.Contains((byte)'\r'));
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_site_exactly_as_it_was()
    {
        using var site = new TestSite();
        site.Build();
        var before = Files(site.Output);
        site.Replace("content/sample-zone/2022/news.en.md", "title: Year-end review", "title: [unclosed");
        Assert.Throws<BuildException>(() => site.Build());
        var after = Files(site.Output);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, pair => Assert.True(pair.Value.SequenceEqual(after[pair.Key])));
        Assert.Empty(Directory.EnumerateDirectories(site.Folder, ".*staging*"));
    }

    [Fact]
    public void A_failed_template_render_also_leaves_the_previous_site()
    {
        using var site = new TestSite();
        site.Build();
        var before = Files(site.Output);
        site.Replace("templates/article.html", "{{ article.title }}", "{{ article.titel }}");
        Assert.Throws<BuildException>(() => site.Build());
        Assert.Equal(before.Keys, Files(site.Output).Keys);
    }

    [Fact]
    public void Drafts_are_left_out_unless_asked_for()
    {
        using var site = new TestSite();
        site.Replace("content/sample-zone/2022/news.zh.md", "order: 2", "order: 2\ndraft: true");
        site.Replace("content/sample-zone/2022/news.en.md", "order: 2", "order: 2\ndraft: true");
        site.Replace("content/sample-zone/2022/plan.zh.md", "详见[年终综述](news.zh.md)。", "");
        site.Replace("content/sample-zone/2022/plan.en.md", "See the [year-end review](news.en.md).", "");
        site.Replace("content/sample-zone/2022/figures.yml", "    article: news\n", "");
        site.Build();
        Assert.False(Directory.Exists(Path.Combine(site.Output, "en/sample-zone/2022/news")));
        site.Build(drafts: true);
        Assert.True(Directory.Exists(Path.Combine(site.Output, "en/sample-zone/2022/news")));
    }

    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes);
}
