using ZoneReport.Diagnostics;
using ZoneReport.Site;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Formats;

/// <summary>urls.txt, and the promise it keeps: a published address never silently disappears.</summary>
public sealed class PermanentAddressTests : IDisposable
{
    private const string News = "content/sample-zone/2022/news.zh.md";
    private readonly TestSite _site = new();

    private string[] Addresses() => _site.Page("urls.txt").Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Where(l => !l.StartsWith('#')).Select(l => l.Split("  ")[0]).ToArray();

    [Fact]
    public void Urls_txt_lists_every_page_readers_may_see_sorted_with_its_source_and_is_the_same_on_every_build()
    {
        _site.Replace("content/sample-zone/2022/plan.en.md", "---\ntitle:", "---\ndraft: true\ntitle:");
        _site.Replace("content/sample-zone/2022/plan.zh.md", "---\ntitle:", "---\ndraft: true\ntitle:");
        _site.Build(drafts: true);
        var first = _site.Page("urls.txt");
        var addresses = Addresses();

        Assert.Equal(addresses.Order(StringComparer.Ordinal), addresses);
        Assert.Contains("/", addresses);
        Assert.Contains("/en/sample-zone/2022/news/", addresses);
        Assert.Contains("/zh/sample-zone/2022/plans/11346/", addresses);
        Assert.Contains("/zh/sample-zone/2022/news/  content/sample-zone/2022/news.zh.md\n", first);
        Assert.Contains("/zh/sample-zone/2022/  content/sample-zone/2022/edition.yml\n", first);
        Assert.DoesNotContain("/zh/sample-zone/2022/plan/", addresses); // a draft is not promised
        Assert.DoesNotContain(addresses, a => a.Contains("404", StringComparison.Ordinal));
        // Every address is a page of the site, as a server serves it (feeds and downloads: FeedAndDataAddressTests).
        Assert.All(addresses.Where(a => a.EndsWith('/')), a => Assert.True(File.Exists(Path.Combine(_site.Output, a.TrimStart('/'), "index.html")), a));

        Directory.Delete(_site.Output, recursive: true);
        _site.Build(drafts: true);
        Assert.Equal(first, _site.Page("urls.txt"));
    }

    [Fact]
    public void A_page_whose_address_vanishes_fails_the_build_naming_it_until_an_alias_keeps_the_old_address()
    {
        _site.Build();
        var before = _site.Page("zh/sample-zone/2022/news/index.html");
        _site.Replace(News, "order: 2\n", "order: 2\nslug: year-end\n");

        var error = _site.BuildFails();
        var line = Array.IndexOf(_site.Page("urls.txt").Split('\n'), "/zh/sample-zone/2022/news/  content/sample-zone/2022/news.zh.md") + 1;
        Assert.Equal(new SourceLocation("_site/urls.txt", line, 1), error.Location);
        Assert.Contains("the address /zh/sample-zone/2022/news/ (made from content/sample-zone/2022/news.zh.md) was published by the last build and is no longer built", error.Message);
        Assert.Contains("add '- /zh/sample-zone/2022/news/' under 'aliases:'", error.Hint);
        Assert.Contains("content/sample-zone/2022/edition.yml", error.Hint);
        Assert.Equal(before, _site.Page("zh/sample-zone/2022/news/index.html")); // the last good site is kept

        _site.Replace(News, "slug: year-end\n", "slug: year-end\naliases: [/zh/sample-zone/2022/news/]\n");
        _site.Build();
        Assert.Contains("url=../year-end/index.html", _site.Page("zh/sample-zone/2022/news/index.html"));
        Assert.Contains("/zh/sample-zone/2022/news/", Addresses());
        Assert.Contains("/zh/sample-zone/2022/year-end/", Addresses());
    }

    [Fact]
    public void A_fresh_clone_is_held_to_the_committed_record_in_content_urls_txt()
    {
        _site.Write("content/urls.txt", "# kept in git\n/zh/sample-zone/2022/news/\n/en/sample-zone/2022/annual-review/  content/sample-zone/2022/annual-review.en.md\n\n");
        var errors = Assert.Throws<BuildException>(() => _site.Build()).Errors;

        var error = Assert.Single(errors);
        Assert.Equal(new SourceLocation("content/urls.txt", 3, 1), error.Location);
        Assert.Contains("/en/sample-zone/2022/annual-review/ (made from content/sample-zone/2022/annual-review.en.md) is recorded as published", error.Message);
        Assert.DoesNotContain("delete", error.Hint); // it is in the record: only an alias can keep it
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void Addresses_the_committed_record_lacks_are_a_warning_that_says_how_to_record_them()
    {
        _site.Write("content/urls.txt", "/\n/zh/\n");
        var warning = Assert.Single(_site.Build().Warnings);

        Assert.Equal(new SourceLocation("content/urls.txt", 1, 1), warning.Location);
        Assert.Contains("address(es) this build publishes are not in content/urls.txt yet: /data/sample-zone/2022/figures.csv, /data/sample-zone/2022/figures.json, /en/, /en/corrections.xml", warning.Message);
        Assert.Contains("copy _site/urls.txt over content/urls.txt", warning.Hint);

        File.Copy(Path.Combine(_site.Output, "urls.txt"), Path.Combine(_site.Folder, "content", "urls.txt"), overwrite: true);
        Assert.Empty(_site.Build().Warnings);
    }

    [Fact]
    public void An_article_left_out_on_purpose_may_leave_its_address_and_an_unreadable_record_line_is_an_error()
    {
        _site.Write("content/sample-zone/2022/extra.zh.md", "---\ntitle: 增刊\n---\n\n正文。\n");
        _site.Write("content/sample-zone/2022/extra.en.md", "---\ntitle: Extra\n---\n\nText.\n");
        _site.Build();
        Assert.Contains("/zh/sample-zone/2022/extra/", Addresses());
        _site.Replace("content/sample-zone/2022/extra.zh.md", "---\ntitle:", "---\ndraft: true\ntitle:");
        _site.Replace("content/sample-zone/2022/extra.en.md", "---\ntitle:", "---\ndraft: true\ntitle:");
        _site.Build();
        Assert.DoesNotContain("/zh/sample-zone/2022/extra/", Addresses());

        _site.Write("content/urls.txt", "/\nzh/sample-zone/\n");
        var error = _site.BuildFails();
        Assert.Equal(new SourceLocation("content/urls.txt", 2, 1), error.Location);
        Assert.Contains("is not an address", error.Message);
    }

    [Fact]
    public void A_withdrawn_article_is_kept_by_an_alias_on_its_edition()
    {
        _site.Write("content/sample-zone/2022/extra.zh.md", "---\ntitle: 增刊\n---\n\n正文。\n");
        _site.Write("content/sample-zone/2022/extra.en.md", "---\ntitle: Extra\n---\n\nText.\n");
        _site.Build();
        _site.Delete("content/sample-zone/2022/extra.zh.md");
        _site.Delete("content/sample-zone/2022/extra.en.md");
        var errors = Assert.Throws<BuildException>(() => _site.Build()).Errors;
        Assert.Equal(["/en/sample-zone/2022/extra/", "/zh/sample-zone/2022/extra/"], errors.Select(e => e.Message.Split(' ')[2]).Order(StringComparer.Ordinal));

        _site.Replace("content/sample-zone/2022/edition.yml", "year: 2022\n", "year: 2022\naliases: [/zh/sample-zone/2022/extra/, /en/sample-zone/2022/extra/]\n");
        _site.Build();
        Assert.Contains("url=../index.html", _site.Page("en/sample-zone/2022/extra/index.html"));
    }

    public void Dispose() => _site.Dispose();
}
