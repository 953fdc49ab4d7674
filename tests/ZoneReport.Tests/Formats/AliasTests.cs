using AngleSharp.Html.Parser;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Formats;

/// <summary>aliases: old addresses become redirect pages that work from the disk and without script; bad aliases are errors at their line.</summary>
public sealed class AliasTests : IDisposable
{
    private const string News = "content/sample-zone/2022/news.zh.md";
    private readonly TestSite _site = new();

    private void Aliases(string file, params string[] aliases) =>
        _site.Replace(file, file.EndsWith(".md", StringComparison.Ordinal) ? "order: 2\n" : "year: 2022\n",
            (file.EndsWith(".md", StringComparison.Ordinal) ? "order: 2\n" : "year: 2022\n") + "aliases:\n" + string.Concat(aliases.Select(a => $"  - {a}\n")));

    [Fact]
    public void An_alias_is_a_redirect_page_that_leads_to_the_page_by_a_relative_link_with_its_canonical_address()
    {
        Aliases(News, "/zh/sample-zone/2022/old-news/", "https://test.example.org/reports/zh/2022/news.html");
        _site.Build();

        foreach (var (alias, link) in new[] { ("zh/sample-zone/2022/old-news/index.html", "../news/index.html"), ("zh/2022/news.html", "../sample-zone/2022/news/index.html") })
        {
            var page = new HtmlParser().ParseDocument(_site.Page(alias));
            Assert.Equal("zh-Hans", page.DocumentElement.GetAttribute("lang"));
            Assert.Equal($"0; url={link}", page.QuerySelector("meta[http-equiv=refresh]")?.GetAttribute("content"));
            Assert.Equal("https://test.example.org/reports/zh/sample-zone/2022/news/", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
            Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
            var visible = page.QuerySelector("main a");
            Assert.Equal(link, visible?.GetAttribute("href"));
            Assert.Equal("年终综述", visible?.TextContent);
            Assert.Empty(page.QuerySelectorAll("script"));
            // The link leads to the page from the alias's own folder on the disk.
            var target = Path.GetFullPath(Path.Combine(_site.Output, Path.GetDirectoryName(alias)!, link));
            Assert.Equal(Path.Combine(_site.Output, "zh", "sample-zone", "2022", "news", "index.html"), target);
        }

        Assert.Empty(LinkWalker.BrokenLinks(_site.Output, "/"));
        Assert.DoesNotContain("old-news", _site.Page("sitemap.xml"));
        Assert.Contains("/zh/sample-zone/2022/old-news/  content/sample-zone/2022/news.zh.md\n", _site.Page("urls.txt"));
        Assert.Contains("/zh/2022/news.html  content/sample-zone/2022/news.zh.md\n", _site.Page("urls.txt"));
    }

    [Fact]
    public void An_edition_alias_leads_to_the_edition_page_in_the_language_its_address_starts_with()
    {
        Aliases("content/sample-zone/2022/edition.yml", "/en/sample-zone/2022/withdrawn-article/", "/zh/sample-zone/2022/withdrawn-article/");
        _site.Build();

        var english = new HtmlParser().ParseDocument(_site.Page("en/sample-zone/2022/withdrawn-article/index.html"));
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("https://test.example.org/reports/en/sample-zone/2022/", english.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal("This page has moved to: Sample Development Zone, 2022", english.QuerySelector("main p")?.TextContent);
        var chinese = new HtmlParser().ParseDocument(_site.Page("zh/sample-zone/2022/withdrawn-article/index.html"));
        Assert.Equal("../index.html", chinese.QuerySelector("main a")?.GetAttribute("href"));
        Assert.StartsWith("本页已迁至：", chinese.QuerySelector("main p")?.TextContent);
    }

    [Fact]
    public void Every_bad_alias_of_a_file_is_reported_at_its_line_and_column_with_a_fix()
    {
        Aliases(News, "old-news/", "https://elsewhere.example.com/news/", "/zh/../../etc/", "/zh/新闻/", "/zh/news/?page=2", "/zh/data.csv", "/");
        var errors = Assert.Throws<ZoneReport.Diagnostics.BuildException>(() => _site.Build()).Errors;

        Assert.Equal(7, errors.Count);
        Assert.All(errors, e => Assert.Equal((News, 5), (e.Location.File, e.Location.Column)));
        Assert.Equal([6, 7, 8, 9, 10, 11, 12], errors.Select(e => e.Location.Line));
        Assert.Contains("does not start with '/'", errors[0].Message);
        Assert.Contains("/zh/sample-zone/2022/old-name/", errors[0].Hint);
        Assert.Contains("outside the site (its base_url is https://test.example.org/reports/)", errors[1].Message);
        Assert.Contains("'..'", errors[2].Message);
        Assert.Contains("holds '新'", errors[3].Message);
        Assert.Contains("query", errors[4].Message);
        Assert.Contains("'.csv'", errors[5].Message);
        Assert.Contains("root", errors[6].Message);
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Hint)));
    }

    [Theory]
    [InlineData("/zh/sample-zone/2022/plan/", "where the article content/sample-zone/2022/plan.zh.md is written")]
    [InlineData("/ZH/sample-zone/2022/plan/", "where the article content/sample-zone/2022/plan.zh.md is written")]
    [InlineData("/zh/404.html", "where the 404 page zh/404.html is written")]
    [InlineData("/zh/sample-zone/2022/news/", "is the page's own address")]
    [InlineData("/zh/index.html/old/", "would need a folder zh/index.html/")]
    public void An_alias_cannot_take_the_address_of_a_page_or_a_file(string alias, string expected)
    {
        Aliases(News, alias);
        var error = _site.BuildFails();

        Assert.Equal((News, 6, 5), (error.Location.File, error.Location.Line, error.Location.Column));
        Assert.Contains(expected, error.Message);
        Assert.False(File.Exists(Path.Combine(_site.Output, "urls.txt"))); // nothing was published
    }

    [Fact]
    public void One_old_address_cannot_lead_to_two_pages()
    {
        Aliases(News, "/zh/old/");
        Aliases("content/sample-zone/2022/edition.yml", "/zh/Old/");
        var error = _site.BuildFails();

        Assert.Contains("is also an alias at content/sample-zone/2022/", error.Message);
        Assert.Contains("differs only in letter case", error.Message);
    }

    public void Dispose() => _site.Dispose();
}
