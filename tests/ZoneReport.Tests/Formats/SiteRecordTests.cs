using System.Xml.Linq;
using AngleSharp.Html.Parser;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Formats;

/// <summary>Sitemap dates and pages that work from file:// (the 404 pages included).</summary>
public sealed class SiteRecordTests(BuiltFixtureSite fixture) : IClassFixture<BuiltFixtureSite>
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public void Sitemap_lastmod_is_each_pages_newest_content_date()
    {
        var lastmod = XDocument.Parse(fixture.Site.Page("sitemap.xml")).Root!.Elements(Sitemaps + "url")
            .ToDictionary(u => u.Element(Sitemaps + "loc")!.Value, u => u.Element(Sitemaps + "lastmod")?.Value);
        const string Base = "https://test.example.org/reports/";
        Assert.Equal("2022-03-01", lastmod[Base + "en/sample-zone/2022/plan/"]);
        Assert.Equal("2022-10-17", lastmod[Base + "en/sample-zone/2022/news/"]);
        Assert.Equal("2022-10-17", lastmod[Base + "zh/sample-zone/2022/"]);
        Assert.Equal("2022-10-17", lastmod[Base]);
        Assert.All(lastmod.Values, value => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", value));
    }

    [Theory]
    [InlineData("404.html")]
    [InlineData("zh/404.html")]
    [InlineData("en/404.html")]
    public void The_404_pages_link_relatively_so_they_work_from_the_disk(string page)
    {
        var document = new HtmlParser().ParseDocument(fixture.Site.Page(page));
        var links = document.QuerySelectorAll("a[href], link[rel=stylesheet], link[rel=icon], link[type='application/atom+xml']")
            .Select(e => e.GetAttribute("href")!).Where(h => !h.StartsWith('#')).ToList();
        Assert.NotEmpty(links);
        var folder = Path.GetDirectoryName(Path.Combine(fixture.Site.Output, page))!;
        Assert.All(links, link =>
        {
            Assert.False(link.StartsWith('/'), $"{link} starts from the server root");
            Assert.True(File.Exists(Path.GetFullPath(Path.Combine(folder, link))), $"{link} leads to no file");
        });
    }
}
