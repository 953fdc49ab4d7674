using System.Text.Json;
using AngleSharp.Html.Parser;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Formats;

/// <summary>The JSON-LD, OpenGraph and generator metadata of pages, read back with System.Text.Json and AngleSharp.</summary>
public sealed class JsonLdTests(BuiltFixtureSite fixture) : IClassFixture<BuiltFixtureSite>
{
    private const string Base = "https://test.example.org/reports/";

    private JsonElement JsonLdOf(string page)
    {
        var document = new HtmlParser().ParseDocument(fixture.Site.Page(page));
        var script = Assert.Single(document.QuerySelectorAll("script[type='application/ld+json']"));
        return JsonDocument.Parse(script.TextContent).RootElement;
    }

    [Fact]
    public void An_article_is_a_NewsArticle_of_its_printed_page()
    {
        var json = JsonLdOf("en/sample-zone/2022/plan/index.html");
        Assert.Equal("https://schema.org", json.GetProperty("@context").GetString());
        Assert.Equal("NewsArticle", json.GetProperty("@type").GetString());
        Assert.Equal(Base + "en/sample-zone/2022/plan/", json.GetProperty("@id").GetString());
        Assert.Equal("The “11346” plan charts the road map", json.GetProperty("headline").GetString());
        Assert.Equal("en", json.GetProperty("inLanguage").GetString());
        Assert.Equal("2022-03-01", json.GetProperty("datePublished").GetString());
        Assert.Equal("By Wang Chen, staff reporter", json.GetProperty("author")[0].GetProperty("name").GetString());
        Assert.Equal("Zhoukou Daily", json.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("Special edition, page 7", json.GetProperty("pagination").GetString());
        var issue = json.GetProperty("isPartOf");
        Assert.Equal("PublicationIssue", issue.GetProperty("@type").GetString());
        Assert.Equal(Base + "en/sample-zone/2022/", issue.GetProperty("@id").GetString());
        Assert.Equal("Zhoukou Daily", issue.GetProperty("isPartOf").GetProperty("name").GetString());
    }

    [Fact]
    public void The_translation_points_at_its_original_and_the_original_lists_its_translations()
    {
        var en = JsonLdOf("en/sample-zone/2022/plan/index.html");
        var zh = JsonLdOf("zh/sample-zone/2022/plan/index.html");
        Assert.Equal(Base + "zh/sample-zone/2022/plan/", en.GetProperty("translationOfWork").GetProperty("@id").GetString());
        Assert.False(en.TryGetProperty("workTranslation", out _));
        Assert.Equal(Base + "en/sample-zone/2022/plan/", zh.GetProperty("workTranslation")[0].GetProperty("@id").GetString());
        Assert.Equal("zh-Hans", zh.GetProperty("inLanguage").GetString());
    }

    [Fact]
    public void An_undated_article_states_no_date_of_its_own_but_its_editions()
    {
        var json = JsonLdOf("en/sample-zone/2022/news/index.html");
        Assert.Equal("2022-10-17", json.GetProperty("datePublished").GetString());
        Assert.False(json.TryGetProperty("author", out var author) && author[0].GetProperty("@type").GetString() == "Person");
    }

    [Fact]
    public void An_edition_page_is_a_PublicationIssue_listing_its_articles()
    {
        var json = JsonLdOf("zh/sample-zone/2022/index.html");
        Assert.Equal("PublicationIssue", json.GetProperty("@type").GetString());
        Assert.Equal("示范开发区 2022", json.GetProperty("name").GetString());
        Assert.Equal("2022-10-17", json.GetProperty("datePublished").GetString());
        Assert.Equal([Base + "zh/sample-zone/2022/plan/", Base + "zh/sample-zone/2022/news/"],
            json.GetProperty("hasPart").EnumerateArray().Select(p => p.GetProperty("@id").GetString()));
    }

    [Fact]
    public void Pages_without_a_record_of_their_own_carry_no_JSON_LD()
    {
        var home = new HtmlParser().ParseDocument(fixture.Site.Page("en/index.html"));
        Assert.Empty(home.QuerySelectorAll("script"));
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("en/index.html")]
    [InlineData("zh/404.html")]
    [InlineData("en/sample-zone/2022/plan/index.html")]
    public void Every_page_names_its_generator_and_carries_OpenGraph_basics(string page)
    {
        var document = new HtmlParser().ParseDocument(fixture.Site.Page(page));
        string? Meta(string selector) => document.QuerySelector(selector)?.GetAttribute("content");
        Assert.Matches(@"^ZoneReport \d+\.\d+\.\d+$", Meta("meta[name=generator]"));
        Assert.Equal(document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), Meta("meta[property='og:url']"));
        Assert.False(string.IsNullOrWhiteSpace(Meta("meta[property='og:title']")));
        Assert.False(string.IsNullOrWhiteSpace(Meta("meta[property='og:site_name']")));
        Assert.Contains(Meta("meta[property='og:locale']"), new[] { "zh_CN", "en_US" });
        Assert.Equal(page.Contains("/plan/") ? "article" : "website", Meta("meta[property='og:type']"));
    }
}
