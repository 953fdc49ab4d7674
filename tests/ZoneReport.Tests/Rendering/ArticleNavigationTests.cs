using AngleSharp.Html.Parser;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Rendering;

/// <summary>Readers move through an edition from article to article, and through a long article by its contents.</summary>
public sealed class ArticleNavigationTests(BuiltFixtureSite fixture) : IClassFixture<BuiltFixtureSite>
{
    private static readonly HtmlParser Parser = new();

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void Articles_link_to_the_previous_and_next_article_of_their_edition_in_order(string language)
    {
        // The fixture's edition: plan (order 1), then news (order 2).
        var plan = Parser.ParseDocument(fixture.Site.Page($"{language}/sample-zone/2022/plan/index.html"));
        var news = Parser.ParseDocument(fixture.Site.Page($"{language}/sample-zone/2022/news/index.html"));

        Assert.Null(plan.QuerySelector("a[rel=prev]"));
        Assert.Equal("../news/index.html", plan.QuerySelector("a[rel=next]")?.GetAttribute("href"));
        Assert.Equal("../plan/index.html", news.QuerySelector("a[rel=prev]")?.GetAttribute("href"));
        Assert.Null(news.QuerySelector("a[rel=next]"));
        Assert.Contains(plan.QuerySelector("h1")!.TextContent, news.QuerySelector("a[rel=prev]")!.TextContent);
    }

    [Fact]
    public void A_long_article_gets_a_table_of_contents_linking_to_its_headings_and_a_short_one_none()
    {
        using var site = new TestSite();
        site.Replace("content/sample-zone/2022/news.en.md", "---\n\n", "---\n\n## First part\n\nText.\n\n### A detail\n\nText.\n\n## Second part\n\nText.\n\n");
        site.Build();

        var news = Parser.ParseDocument(site.Page("en/sample-zone/2022/news/index.html"));
        var entries = news.QuerySelectorAll("nav.toc li a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Equal([("#first-part", "First part"), ("#a-detail", "A detail"), ("#second-part", "Second part")], entries);
        foreach (var (href, _) in entries) Assert.NotNull(news.GetElementById(href![1..]));

        var plan = Parser.ParseDocument(site.Page("en/sample-zone/2022/plan/index.html"));
        Assert.Null(plan.QuerySelector("nav.toc"));
    }

    [Theory]
    [InlineData("zh", "本文关键数据")]
    [InlineData("en", "Key figures in this article")]
    public void An_article_ends_with_the_key_figures_that_belong_to_it_and_no_others(string language, string heading)
    {
        var news = Parser.ParseDocument(fixture.Site.Page($"{language}/sample-zone/2022/news/index.html"));
        var section = news.QuerySelector("section.article-figures");

        Assert.NotNull(section);
        Assert.Equal(heading, section!.QuerySelector("h2")!.TextContent);
        // figures.yml ties 'projects' to news and 'contract-funds' to plan; the others to no article.
        Assert.Single(section.QuerySelectorAll("ul.figures > li"));
    }
}
