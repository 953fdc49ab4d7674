using AngleSharp.Html.Parser;
using ZoneReport.Diagnostics;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Site;

/// <summary>publish_at, expire_at, drafts: what readers see, what reviewers see, and what search engines are told.</summary>
public sealed class PublishingTests : IDisposable
{
    private const string News = "content/sample-zone/2022/news";
    private static readonly DateTimeOffset Now = TestClock.Noon; // 2024-06-01 12:00 Beijing time

    private readonly TestSite _site = new();

    [Fact]
    public void An_article_published_tomorrow_is_absent_from_pages_sitemap_and_feeds()
    {
        Schedule("publish_at: 2024-06-02 08:00");
        _site.Build(now: Now);

        foreach (var language in new[] { "zh", "en" })
        {
            Assert.False(Directory.Exists(Path.Combine(_site.Output, language, "sample-zone/2022/news")));
            Assert.DoesNotContain("news/index.html", _site.Page($"{language}/sample-zone/2022/index.html"));
        }

        Assert.DoesNotContain("/news/", _site.Page("sitemap.xml"));
        Assert.Contains("/plan/", _site.Page("sitemap.xml"));
        foreach (var language in new[] { "zh", "en" })
        {
            Assert.DoesNotContain("/news/", _site.Page($"{language}/feed.xml"));
            Assert.Contains("/plan/", _site.Page($"{language}/feed.xml"));
        }
    }

    [Fact]
    public void A_rebuild_after_publish_at_publishes_it_though_no_file_changed()
    {
        Schedule("publish_at: 2024-06-02 08:00");
        _site.Build(now: Now);
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "en/sample-zone/2022/news")));

        _site.Build(now: Now.AddDays(1));

        Assert.True(File.Exists(Path.Combine(_site.Output, "en/sample-zone/2022/news/index.html")));
        Assert.Contains("news/index.html", _site.Page("en/sample-zone/2022/index.html"));
        Assert.Contains("/en/sample-zone/2022/news/</loc>", _site.Page("sitemap.xml"));
    }

    [Fact]
    public void Future_builds_it_with_an_embargo_banner_in_both_languages_and_noindex_and_keeps_it_out_of_the_sitemap_and_feeds()
    {
        Schedule("publish_at: 2024-06-02 08:00");
        _site.Build(future: true, now: Now);

        var zh = Parse(_site.Page("zh/sample-zone/2022/news/index.html"));
        var en = Parse(_site.Page("en/sample-zone/2022/news/index.html"));
        Assert.Equal("禁发稿：发布时间不早于 2024年6月2日 08:00（北京时间）", zh.QuerySelector(".banner")!.TextContent);
        Assert.Equal("Embargoed: not to be published before 2 June 2024, 08:00 (UTC+8)", en.QuerySelector(".banner")!.TextContent);
        Assert.Equal("2024-06-02T08:00:00+08:00", en.QuerySelector(".banner time")!.GetAttribute("datetime"));
        foreach (var page in new[] { zh, en })
        {
            Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        }

        Assert.DoesNotContain("/news/", _site.Page("sitemap.xml"));
        Assert.DoesNotContain("/news/", _site.Page("en/feed.xml"));
        Assert.DoesNotContain("/news/", _site.Page("zh/feed.xml"));
        Assert.Null(Parse(_site.Page("en/sample-zone/2022/plan/index.html")).QuerySelector("meta[name=robots]"));
    }

    [Fact]
    public void Once_publish_at_has_passed_the_article_is_an_ordinary_page()
    {
        Schedule("publish_at: 2024-06-01 11:59");
        _site.Build(now: Now);

        var page = Parse(_site.Page("en/sample-zone/2022/news/index.html"));
        Assert.Null(page.QuerySelector(".banner"));
        Assert.Null(page.QuerySelector("meta[name=robots]"));
        Assert.Contains("/en/sample-zone/2022/news/</loc>", _site.Page("sitemap.xml"));
    }

    [Theory]
    [InlineData("publish_at: 2024-06-01 12:30", false)]         // no offset: Beijing time, 30 minutes to go
    [InlineData("publish_at: 2024-06-01T04:29:00Z", false)]     // 12:29 in Beijing
    [InlineData("publish_at: 2024-06-01T03:59:00Z", true)]      // 11:59 in Beijing
    [InlineData("publish_at: 2024-06-01T12:30:00+09:00", true)] // 11:30 in Beijing
    [InlineData("publish_at: 2024-06-01", true)]                // midnight in Beijing
    public void Moments_without_an_offset_are_Beijing_time(string line, bool publicAtNoon)
    {
        Schedule(line);
        _site.Build(now: Now);
        Assert.Equal(publicAtNoon, Directory.Exists(Path.Combine(_site.Output, "en/sample-zone/2022/news")));
    }

    [Fact]
    public void An_expired_article_leaves_the_site_even_with_drafts_and_future()
    {
        Schedule("publish_at: 2024-01-01\nexpire_at: 2024-06-01 12:00");
        _site.Build(drafts: true, future: true, now: Now);
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "en/sample-zone/2022/news")));

        _site.Build(now: Now.AddMinutes(-1));
        Assert.True(Directory.Exists(Path.Combine(_site.Output, "en/sample-zone/2022/news")));
    }

    [Fact]
    public void A_draft_built_with_drafts_says_so_in_both_languages_with_noindex_and_stays_out_of_the_sitemap()
    {
        Schedule("draft: true");
        _site.Build(drafts: true, now: Now);

        Assert.StartsWith("草稿：本页尚未发布", Parse(_site.Page("zh/sample-zone/2022/news/index.html")).QuerySelector(".banner")!.TextContent);
        var en = Parse(_site.Page("en/sample-zone/2022/news/index.html"));
        Assert.StartsWith("Draft: this page is not published", en.QuerySelector(".banner")!.TextContent);
        Assert.Equal("noindex", en.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.DoesNotContain("/news/", _site.Page("sitemap.xml"));
        Assert.Contains("草稿", Parse(_site.Page("zh/sample-zone/2022/index.html")).QuerySelector(".article-list .status")!.TextContent);
    }

    [Fact]
    public void A_draft_waiting_for_its_translation_does_not_stop_the_build()
    {
        Schedule("draft: true");
        _site.Delete($"{News}.en.md");
        _site.Build(now: Now);
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "zh/sample-zone/2022/news")));
    }

    [Fact]
    public void A_date_that_is_not_a_moment_names_file_line_and_column()
    {
        _site.Replace($"{News}.en.md", "order: 2", "order: 2\npublish_at: tomorrow");
        var error = _site.BuildFails();
        Assert.Equal($"{News}.en.md:5:13", error.Location.ToString());
        Assert.Contains("'publish_at' must be a date and time such as 2024-06-02 08:00, not 'tomorrow'", error.Message);
    }

    [Fact]
    public void The_two_languages_must_agree_on_publish_at()
    {
        _site.Replace($"{News}.zh.md", "order: 2", "order: 2\npublish_at: 2024-06-02 08:00");
        _site.Replace($"{News}.en.md", "order: 2", "order: 2\npublish_at: 2024-06-03 08:00");
        var error = _site.BuildFails();
        Assert.Equal($"{News}.zh.md", error.Location.File);
        Assert.Contains("'publish_at' is 2024-06-02 08:00 +08:00 here but 2024-06-03 08:00 +08:00 in", error.Message);
    }

    [Fact]
    public void Expire_at_before_publish_at_is_an_error()
    {
        _site.Replace($"{News}.en.md", "order: 2", "order: 2\npublish_at: 2024-06-02\nexpire_at: 2024-06-01");
        var error = _site.BuildFails();
        Assert.Equal(6, error.Location.Line);
        Assert.Contains("'expire_at' is not later than 'publish_at'", error.Message);
    }

    /// <summary>Puts the lines into the front matter of the Chinese file (one file is enough for both languages).</summary>
    private void Schedule(string lines)
    {
        _site.Replace($"{News}.zh.md", "order: 2", "order: 2\n" + lines);
        if (lines.Contains("draft")) _site.Replace($"{News}.en.md", "order: 2", "order: 2\n" + lines);
        _site.Replace("content/sample-zone/2022/plan.zh.md", "详见[年终综述](news.zh.md)。", "");
        _site.Replace("content/sample-zone/2022/plan.en.md", "See the [year-end review](news.en.md).", "");
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public void Dispose() => _site.Dispose();
}
