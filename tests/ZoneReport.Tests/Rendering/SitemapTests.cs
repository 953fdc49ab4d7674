using System.Xml.Linq;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Rendering;

public sealed class SitemapTests(BuiltFixtureSite fixture) : IClassFixture<BuiltFixtureSite>
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    private XDocument Load() => XDocument.Parse(fixture.Site.Page("sitemap.xml"));

    [Fact]
    public void Lists_every_page_but_the_404s_by_its_canonical_address()
    {
        var listed = Load().Root!.Elements(Sitemaps + "url").Select(u => u.Element(Sitemaps + "loc")!.Value).ToHashSet();
        var pages = Directory.EnumerateFiles(fixture.Site.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(fixture.Site.Output, f).Replace('\\', '/'))
            .Where(f => !f.EndsWith("404.html", StringComparison.Ordinal))
            .Select(f => "https://test.example.org/reports/" + (f == "index.html" ? "" : f[..^"index.html".Length]))
            .ToHashSet();
        Assert.Equal(pages.Order(), listed.Order());
        Assert.Contains("https://test.example.org/reports/en/sample-zone/2022/plan/", listed);
    }

    [Fact]
    public void Names_each_pages_counterpart_in_the_other_language()
    {
        var article = Load().Root!.Elements(Sitemaps + "url")
            .Single(u => u.Element(Sitemaps + "loc")!.Value == "https://test.example.org/reports/zh/sample-zone/2022/plan/");
        var alternates = article.Elements(Xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
        Assert.Equal("https://test.example.org/reports/zh/sample-zone/2022/plan/", alternates["zh-Hans"]);
        Assert.Equal("https://test.example.org/reports/en/sample-zone/2022/plan/", alternates["en"]);
    }

    [Fact]
    public void Robots_txt_points_to_the_sitemap()
    {
        Assert.Contains("Sitemap: https://test.example.org/reports/sitemap.xml", fixture.Site.Page("robots.txt"));
    }
}
