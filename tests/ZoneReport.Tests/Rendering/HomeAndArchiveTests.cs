using AngleSharp.Html.Parser;
using ZoneReport.Rendering;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Rendering;

/// <summary>The home page groups editions by zone, newest first; past a screenful, a page per year takes the rest.</summary>
public sealed class HomeAndArchiveTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void A_small_site_lists_every_edition_under_its_zone_and_has_no_year_pages()
    {
        using var site = new TestSite();
        site.Build();

        var home = Parser.ParseDocument(site.Page("en/index.html"));
        var group = Assert.Single(home.QuerySelectorAll("section.zone-group"));
        Assert.Equal("sample-zone/index.html", group.QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Single(group.QuerySelectorAll("li.card"));
        Assert.Null(home.QuerySelector("nav.years"));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "en", "years")));
    }

    [Fact]
    public void More_editions_than_a_screenful_give_year_pages_in_both_languages_and_a_shorter_home()
    {
        using var site = new TestSite();
        var years = Enumerable.Range(2014, ContentViews.ScreenfulOfEditions).ToList(); // with 2022: one more than a screenful
        foreach (var year in years) CopyEdition(site, year);
        site.Build();

        foreach (var language in new[] { "zh", "en" })
        {
            var home = Parser.ParseDocument(site.Page($"{language}/index.html"));
            Assert.Equal(ContentViews.EditionsPerZoneOnHome, home.QuerySelectorAll("section.zone-group li.card").Length);
            Assert.Equal(["2022", "2021", "2020", "2019"], home.QuerySelectorAll("section.zone-group .card-year").Select(e => e.TextContent));
            Assert.Equal("sample-zone/index.html", home.QuerySelector("section.zone-group p.more a")!.GetAttribute("href"));
            var yearLinks = home.QuerySelectorAll("nav.years a").Select(a => a.TextContent).ToList();
            Assert.Equal(years.Append(2022).OrderDescending().Select(y => y.ToString()), yearLinks);

            var year = Parser.ParseDocument(site.Page($"{language}/years/2015/index.html"));
            Assert.Contains("2015", year.Title);
            var card = Assert.Single(year.QuerySelectorAll("li.card"));
            Assert.Equal("../../sample-zone/2015/index.html", card.QuerySelector("a")!.GetAttribute("href"));
            Assert.Equal("page", year.QuerySelector("nav.years [aria-current]")!.GetAttribute("aria-current"));
        }

        Assert.Contains("2015年特刊", Parser.ParseDocument(site.Page("zh/years/2015/index.html")).QuerySelector("h1")!.TextContent);
        Assert.Equal("Editions of 2015", Parser.ParseDocument(site.Page("en/years/2015/index.html")).QuerySelector("h1")!.TextContent);
        Assert.Empty(LinkWalker.BrokenLinks(site.Output, "/reports/"));
    }

    /// <summary>Another edition of the fixture's zone: the 2022 edition's files under another year.</summary>
    private static void CopyEdition(TestSite site, int year)
    {
        var from = Path.Combine(site.Folder, site.EditionFolder);
        var to = Path.Combine(site.Folder, "content", "sample-zone", year.ToString());
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        site.Replace($"content/sample-zone/{year}/edition.yml", "year: 2022", $"year: {year}");
    }
}
