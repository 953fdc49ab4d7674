using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Site;

/// <summary>One edition page and one article of each real edition, in both languages.</summary>
public sealed class RealContentSnapshotTests(RealContentTests.Built built) : IClassFixture<RealContentTests.Built>
{
    [Theory]
    [InlineData("zh/zhoukou-edz/2022/index.html", "real.zhoukou-edz-2022.zh")]
    [InlineData("en/zhoukou-edz/2022/index.html", "real.zhoukou-edz-2022.en")]
    [InlineData("zh/zhoukou-edz/2022/plan-11346/index.html", "real.zhoukou-edz-2022.plan-11346.zh")]
    [InlineData("en/zhoukou-edz/2022/plan-11346/index.html", "real.zhoukou-edz-2022.plan-11346.en")]
    [InlineData("zh/luohe-etdz/2019/index.html", "real.luohe-etdz-2019.zh")]
    [InlineData("en/luohe-etdz/2019/index.html", "real.luohe-etdz-2019.en")]
    [InlineData("zh/luohe-etdz/2019/first-half-2019/index.html", "real.luohe-etdz-2019.first-half-2019.zh")]
    [InlineData("en/luohe-etdz/2019/first-half-2019/index.html", "real.luohe-etdz-2019.first-half-2019.en")]
    [InlineData("zh/chuanjiang/2022/index.html", "real.chuanjiang-2022.zh")]
    [InlineData("en/chuanjiang/2022/index.html", "real.chuanjiang-2022.en")]
    [InlineData("zh/chuanjiang/2022/results-2022/index.html", "real.chuanjiang-2022.results-2022.zh")]
    [InlineData("en/chuanjiang/2022/results-2022/index.html", "real.chuanjiang-2022.results-2022.en")]
    public void Page_matches_its_snapshot(string page, string name) =>
        Snapshot.Verify(built.Site.Page(page), name);
}
