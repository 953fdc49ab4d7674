using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Site;

/// <summary>Pins the rendered pages of the fixture site, page by page, in both languages.</summary>
public sealed class SnapshotTests(BuiltFixtureSite fixture) : IClassFixture<BuiltFixtureSite>
{
    [Theory]
    [InlineData("index.html", "landing")]
    [InlineData("404.html", "root-404")]
    [InlineData("zh/index.html", "home.zh")]
    [InlineData("en/index.html", "home.en")]
    [InlineData("zh/404.html", "404.zh")]
    [InlineData("en/404.html", "404.en")]
    [InlineData("zh/sample-zone/index.html", "zone.zh")]
    [InlineData("en/sample-zone/index.html", "zone.en")]
    [InlineData("zh/sample-zone/2022/index.html", "edition.zh")]
    [InlineData("en/sample-zone/2022/index.html", "edition.en")]
    [InlineData("zh/sample-zone/2022/plan/index.html", "article.zh")]
    [InlineData("en/sample-zone/2022/plan/index.html", "article.en")]
    [InlineData("zh/sample-zone/2022/plans/11346/index.html", "plan.zh")]
    [InlineData("en/sample-zone/2022/plans/11346/index.html", "plan.en")]
    public void Page_matches_its_snapshot(string page, string name)
    {
        Snapshot.Verify(fixture.Site.Page(page), name);
    }
}
