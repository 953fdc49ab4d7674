using AngleSharp.Html;
using AngleSharp.Html.Parser;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Site;

/// <summary>
/// One edition page and one article of each real edition, and one corrections page, in both languages: the parts of them a
/// new edition or zone cannot change. The site-wide list of zones in the footer grows with every new
/// zone, so it is left out here (the fixture site's snapshots pin it), and so are the home page and the
/// zone pages. <see cref="RealContentGrowthTests"/> adds an edition and a zone and compares again.
/// </summary>
public sealed class RealContentSnapshotTests(RealContentTests.Built built) : IClassFixture<RealContentTests.Built>
{
    /// <summary>The pinned pages and their snapshot names.</summary>
    public static readonly TheoryData<string, string> Pinned = new()
    {
        { "zh/zhoukou-edz/2022/index.html", "real.zhoukou-edz-2022.zh" },
        { "en/zhoukou-edz/2022/index.html", "real.zhoukou-edz-2022.en" },
        { "zh/zhoukou-edz/2022/plan-11346/index.html", "real.zhoukou-edz-2022.plan-11346.zh" },
        { "en/zhoukou-edz/2022/plan-11346/index.html", "real.zhoukou-edz-2022.plan-11346.en" },
        { "zh/luohe-etdz/2019/index.html", "real.luohe-etdz-2019.zh" },
        { "en/luohe-etdz/2019/index.html", "real.luohe-etdz-2019.en" },
        { "zh/luohe-etdz/2019/first-half-2019/index.html", "real.luohe-etdz-2019.first-half-2019.zh" },
        { "en/luohe-etdz/2019/first-half-2019/index.html", "real.luohe-etdz-2019.first-half-2019.en" },
        { "zh/chuanjiang/2022/index.html", "real.chuanjiang-2022.zh" },
        { "en/chuanjiang/2022/index.html", "real.chuanjiang-2022.en" },
        { "zh/chuanjiang/2022/results-2022/index.html", "real.chuanjiang-2022.results-2022.zh" },
        { "en/chuanjiang/2022/results-2022/index.html", "real.chuanjiang-2022.results-2022.en" },
        { "zh/chuanjiang/2022/corrections/index.html", "real.chuanjiang-2022.corrections.zh" },
        { "en/chuanjiang/2022/corrections/index.html", "real.chuanjiang-2022.corrections.en" },
    };

    [Theory]
    [MemberData(nameof(Pinned))]
    public void Page_matches_its_snapshot(string page, string name) =>
        Snapshot.Verify(WithoutZoneList(built.Site.Page(page)), name);

    /// <summary>The page with the footer's list of every zone replaced by a comment.</summary>
    public static string WithoutZoneList(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var nav in document.QuerySelectorAll("footer.site-footer nav").ToList())
        {
            nav.Replace(document.CreateComment(" the list of zones: pinned by the fixture snapshots "));
        }

        using var writer = new StringWriter { NewLine = "\n" };
        document.ToHtml(writer, new PrettyMarkupFormatter { Indentation = "  ", NewLine = "\n" });
        return writer.ToString();
    }
}
