using System.Text.Json;
using ZoneReport.Listing;
using ZoneReport.Model;
using ZoneReport.Tests.Cli;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Listing;

/// <summary>`list`: every edition's articles with drafts, embargoed and expired ones marked, as of the clock's now.</summary>
public sealed class EditionListingTests : IDisposable
{
    private static readonly DateTimeOffset Now = TestClock.Noon; // 2024-06-01 12:00 Beijing time
    private readonly TestSite _site = new();

    public EditionListingTests()
    {
        _site.Replace("content/sample-zone/2022/news.zh.md", "order: 2\n", "order: 2\npublish_at: 2024-06-02 08:00\n");
        _site.Replace("content/sample-zone/2022/plan.en.md", "---\n\n", "expire_at: 2024-05-01\n---\n\n");
        _site.Write("content/sample-zone/2022/later.zh.md", "---\ntitle: 稍后\ndraft: true\norder: 3\n---\n\n正文。\n");
        _site.Write("content/sample-zone/2022/later.en.md", "---\ntitle: Later\norder: 3\n---\n\nText.\n");
    }

    [Fact]
    public void Marks_each_article_with_its_status_and_dates()
    {
        var listing = EditionListing.Of(_site.Folder, Now);
        var edition = Assert.Single(listing.Editions);
        Assert.Equal("sample-zone/2022", edition.Name);
        Assert.Equal(
            [("sample-zone/2022/plan", PublishStatus.Expired), ("sample-zone/2022/news", PublishStatus.Embargoed), ("sample-zone/2022/later", PublishStatus.Draft)],
            edition.Articles.Select(a => (a.Name, a.Status)));
        Assert.Equal(new DateTimeOffset(2024, 6, 2, 8, 0, 0, TimeSpan.FromHours(8)), edition.Articles[1].PublishAt);

        // A day later the embargo has passed.
        Assert.Equal(PublishStatus.Public, EditionListing.Of(_site.Folder, Now.AddDays(1)).Editions[0].Articles[1].Status);
    }

    [Fact]
    public void The_text_names_each_article_with_its_dates_and_counts_them()
    {
        var (code, output, _) = CliRun.Run("list", "--source", _site.Folder);
        Assert.Equal(0, code);
        Assert.Equal("As of 2024-06-01 12:00 (Beijing time):\n\nsample-zone/2022  示范开发区 2022\n" +
            "  expired    sample-zone/2022/plan   “11346”施画产业发展路线图  expire_at 2024-05-01 00:00\n" +
            "  embargoed  sample-zone/2022/news   年终综述  publish_at 2024-06-02 08:00\n" +
            "  draft      sample-zone/2022/later  稍后\n" +
            "\n1 edition, 3 articles: 0 public, 1 draft, 1 embargoed, 1 expired\n", output);
    }

    [Fact]
    public void Withheld_leaves_out_public_articles_and_json_is_for_bots()
    {
        _site.Delete("content/sample-zone/2022/later.zh.md");
        _site.Delete("content/sample-zone/2022/later.en.md");
        _site.Replace("content/sample-zone/2022/plan.en.md", "expire_at: 2024-05-01\n", "");
        Assert.DoesNotContain("/plan", CliRun.Run("list", "--withheld", "--source", _site.Folder).Output);

        using var json = JsonDocument.Parse(CliRun.Run("list", "--format", "json", "--source", _site.Folder).Output);
        var articles = json.RootElement.GetProperty("editions")[0].GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(["public", "embargoed"], articles.Select(a => a.GetProperty("status").GetString()));
        Assert.Equal("2024-06-02T08:00:00+08:00", articles[1].GetProperty("publish_at").GetString());
        Assert.Equal(JsonValueKind.Null, articles[0].GetProperty("publish_at").ValueKind);
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("embargoed").GetInt32());
    }

    [Fact]
    public void Content_errors_are_reported_with_exit_1()
    {
        _site.Replace("content/sample-zone/2022/news.zh.md", "publish_at: 2024-06-02 08:00", "publish_at: soon");
        var (code, _, errors) = CliRun.Run("list", "--source", _site.Folder);
        Assert.Equal(1, code);
        Assert.Contains("content/sample-zone/2022/news.zh.md:5:13: error: 'publish_at' must be a date and time such as 2024-06-02 08:00, not 'soon'", errors);
        Assert.EndsWith("Nothing listed: the content has 1 error(s) (`zonereport check` shows every problem).\n", errors);
        Assert.DoesNotContain("   at ", errors);
    }

    public void Dispose() => _site.Dispose();
}
