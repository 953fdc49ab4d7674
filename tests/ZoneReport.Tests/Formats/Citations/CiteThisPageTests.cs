using AngleSharp.Html.Parser;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Formats.Citations;

/// <summary>The "引用本文 / Cite this" block, its reference files and head metadata in a built site.</summary>
public sealed class CiteThisPageTests(BuiltFixtureSite fixture) : IClassFixture<BuiltFixtureSite>
{
    private readonly TestSite _site = fixture.Site;

    private AngleSharp.Html.Dom.IHtmlDocument Page(string path) => new HtmlParser().ParseDocument(_site.Page(path));

    [Theory]
    [InlineData("zh/sample-zone/2022/news/index.html", "引用本文", "gbt7714")]
    [InlineData("zh/sample-zone/2022/index.html", "引用本文", "gbt7714")]
    [InlineData("en/sample-zone/2022/news/index.html", "Cite this", "apa chicago gbt7714")]
    [InlineData("en/sample-zone/2022/index.html", "Cite this", "apa chicago gbt7714")]
    public void Every_article_and_edition_page_ends_with_the_block_in_its_language(string path, string heading, string styles)
    {
        var block = Page(path).QuerySelector("section.cite")!;
        Assert.Equal(heading, block.QuerySelector("h2")!.TextContent);
        Assert.Equal(styles.Split(' '), block.QuerySelectorAll(".cite-text").Select(p => p.GetAttribute("data-style")));
        var folder = Path.GetDirectoryName(path)!;
        foreach (var file in new[] { "cite.bib", "cite.ris", "cite.json" })
        {
            Assert.Contains(block.QuerySelectorAll("a[download]"), a => a.GetAttribute("href") == file);
            Assert.True(File.Exists(Path.Combine(_site.Output, folder, file)), $"{folder}/{file} is written");
        }
    }

    [Fact]
    public void The_chinese_article_is_cited_in_gbt_7714_with_what_the_edition_prints()
    {
        var text = Page("zh/sample-zone/2022/news/index.html").QuerySelector(".cite-text[data-style=gbt7714]")!.TextContent;
        Assert.Matches(@"^年终综述\[N/OL\]\. 周口日报，2022-10-17（7）\[引用日期\]\. https://\S+/zh/sample-zone/2022/news/\.$", text);
    }

    [Fact]
    public void Head_metadata_names_title_date_newspaper_and_language()
    {
        var head = Page("en/sample-zone/2022/news/index.html").Head!;
        string? Meta(string name) => head.QuerySelector($"meta[name=\"{name}\"]")?.GetAttribute("content");
        Assert.Equal("Year-end review", Meta("citation_title"));
        Assert.Equal("2022/10/17", Meta("citation_publication_date"));
        Assert.Equal("Zhoukou Daily", Meta("citation_journal_title"));
        Assert.Equal("en", Meta("citation_language"));
        Assert.Equal("Year-end review", Meta("DC.title"));
        Assert.Equal("2022-10-17", Meta("DC.date"));
        Assert.NotNull(head.QuerySelector("link[rel=\"schema.DC\"]"));
    }

    [Fact]
    public void Other_pages_have_no_citation()
    {
        Assert.Null(Page("zh/index.html").QuerySelector("section.cite"));
        Assert.Null(Page("zh/index.html").Head!.QuerySelector("meta[name=citation_title]"));
    }

    [Fact]
    public void No_build_date_is_cited_as_the_access_date()
    {
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        foreach (var file in Directory.EnumerateFiles(_site.Output, "cite.*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain(today, File.ReadAllText(file));
        }

        Assert.DoesNotContain(today, Page("zh/sample-zone/2022/news/index.html").QuerySelector("section.cite")!.TextContent);
    }
}
