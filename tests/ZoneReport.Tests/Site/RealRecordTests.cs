using ZoneReport.Model;

namespace ZoneReport.Tests.Site;

/// <summary>
/// The real content's record against the seed pages (issue #10): what is claimed as printed is
/// printed, year-to-date figures are dated, plan codes that were never printed are not shown, and
/// the glossary covers the terms named in the review. Only the editions of the seed pages are
/// checked here, so an edition the newsroom adds changes none of these claims. (That every changed source passage has a
/// correction note and the English follows the glossary is shown by the real build's zero warnings.)
/// </summary>
public sealed class RealRecordTests(RealContentTests.Built built) : IClassFixture<RealContentTests.Built>
{
    private static readonly Language Chinese = new("zh", "zh-Hans", "zh", "中文");
    private SiteContent Content => built.Content;

    private IEnumerable<Article> SourceArticles => Content.Articles.Where(a => RealContentTests.SourceEditions.Contains(a.Edition.Key));

    private ArticleText Article(string edition, string key) =>
        Content.Articles.Single(a => a.Edition.Key == edition && a.Key == key).In(Chinese)!;

    [Fact]
    public void Only_the_ten_year_review_claims_a_printed_paper_date_and_page()
    {
        var printed = SourceArticles.Select(a => a.In(Chinese)!)
            .Where(t => t.Provenance.Publication.Status == SourceStatus.Printed || t.Provenance.Date.Status == SourceStatus.Printed || t.Provenance.Page.Status == SourceStatus.Printed)
            .Select(t => t.SourceFile).ToList();
        Assert.Equal(["content/zhoukou-edz/2022/decade-review.zh.md"], printed);
        var review = Article("zhoukou-edz/2022", "decade-review").Provenance;
        Assert.Equal(("2022-10-17", "星期一", "奋进新征程 建功新时代 · 非凡十年出彩周口"), (review.Date.Value!.Iso, review.Weekday, review.Series));
    }

    [Fact]
    public void The_year_end_page_is_dated_about_january_2023_and_no_inference_lacks_its_reason()
    {
        var yearEnd = Article("zhoukou-edz/2022", "year-end-review").Provenance;
        Assert.Equal((SourceStatus.Inferred, "2023-01"), (yearEnd.Date.Status, yearEnd.Date.Value!.Iso));
        var facts = Content.Articles.SelectMany(a => a.Texts.Values).Select(t => t.Provenance)
            .Concat(Content.Editions.SelectMany(e => e.Source.Languages.Values))
            .SelectMany(p => new (SourceStatus Status, string? Reason, string? By)[] { (p.Publication.Status, p.Publication.Reason, p.Publication.By), (p.Date.Status, p.Date.Reason, p.Date.By), (p.Page.Status, p.Page.Reason, p.Page.By) });
        Assert.All(facts.Where(f => f.Status == SourceStatus.Inferred), f => Assert.False(string.IsNullOrWhiteSpace(f.Reason) || string.IsNullOrWhiteSpace(f.By)));
        foreach (var edition in new[] { "luohe-etdz/2019", "chuanjiang/2022" })
        {
            Assert.Equal(SourceStatus.Unknown, Content.Editions.Single(e => e.Key == edition).Source.In(Chinese).Publication.Status);
        }
    }

    [Fact]
    public void Year_to_date_figures_are_dated_and_qualifiers_are_kept()
    {
        var figures = Content.Data["zhoukou-edz/2022"].Figures.ToDictionary(f => f.Id);
        foreach (var id in new[] { "decade-enterprise-problems-solved", "decade-loans-secured", "decade-tax-refunds", "decade-key-projects-started-2022", "decade-completed-investment-2022" })
        {
            Assert.Equal((new DateOnly(2022, 10, 17), "2022-01..2022-10"), (figures[id].AsOf, figures[id].Period!.Key));
        }

        Assert.Equal(FigureQualifier.MoreThan, Content.Data["zhoukou-edz/2022"].FindFigure("plan-11346-digital-park-firms")?.Qualifier
            ?? Content.Data["zhoukou-edz/2022"].Figures.Single(f => f.Value == 100 && f.ArticleKey == "plan-11346").Qualifier);
        Assert.DoesNotContain(Content.Data.Values.SelectMany(d => d.Figures), f => f.Label.Values.Values.Any(l => l.Contains("(at least)") || l.Contains("（以上）") || l.Contains("hundred million")));
    }

    [Fact]
    public void Only_printed_plan_codes_show_their_digits()
    {
        var printed = RealContentTests.SourceEditions.SelectMany(e => Content.Data[e].Plans).Where(p => p.CodePrinted).Select(p => p.Code).Order(StringComparer.Ordinal);
        Assert.Equal(["1111工程", "11346"], printed);
        Assert.DoesNotContain("class=\"plan-code\"", built.Site.Page("zh/zhoukou-edz/2022/plans/seven-priorities/index.html"));
        Assert.Contains("class=\"plan-code\"", built.Site.Page("zh/zhoukou-edz/2022/plans/11346/index.html"));
    }

    [Fact]
    public void The_glossary_covers_every_term_the_review_names()
    {
        var glossary = Glossary.Load(built.Site.Folder);
        foreach (var term in new[] { "两个确保", "管委会", "三管三必须", "周口森林野生动物园", "落地项目", "建设项目加快投产", "中高端", "增长12.7倍", "四有", "核心提示", "亿元以上项目" })
        {
            Assert.NotNull(glossary.Find(term));
        }
    }

    [Fact]
    public void Every_edition_keeps_its_printed_source_pages_and_every_chinese_article_has_its_notes_shown()
    {
        foreach (var edition in Content.Editions.Where(e => RealContentTests.SourceEditions.Contains(e.Key)))
        {
            var sources = Path.Combine(built.Site.Folder, Path.GetDirectoryName(edition.SourceFile)!, "sources");
            Assert.NotEmpty(Directory.GetFiles(sources, "*.txt"));
        }

        var page = built.Site.Page("en/chuanjiang/2022/plan-2023/index.html");
        Assert.Contains("Editor’s notes", page);
        Assert.Contains("stray English “and”", page);
    }
}
