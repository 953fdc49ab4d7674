using ZoneReport.Diagnostics;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Formats;

/// <summary>
/// Feeds and figure downloads are part of the permanent record: urls.txt lists them, a vanished one
/// fails the build, and an alias keeps an old address as a byte-identical copy of the present file.
/// </summary>
public sealed class FeedAndDataAddressTests : IDisposable
{
    private const string Zone = "content/sample-zone/zone.yml";
    private const string Edition = "content/sample-zone/2022/edition.yml";
    private readonly TestSite _site = new();

    private string[] Lines() => _site.Page("urls.txt").Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')).ToArray();

    [Fact]
    public void Urls_txt_lists_the_feeds_and_the_figure_downloads_with_the_file_that_makes_them()
    {
        _site.Build();
        var lines = Lines();

        Assert.Contains("/zh/feed.xml  site.yml", lines);
        Assert.Contains("/en/feed.xml  site.yml", lines);
        Assert.Contains("/zh/corrections.xml  site.yml", lines);
        Assert.Contains("/en/corrections.xml  site.yml", lines);
        Assert.Contains("/zh/sample-zone/feed.xml  content/sample-zone/zone.yml", lines);
        Assert.Contains("/en/sample-zone/feed.xml  content/sample-zone/zone.yml", lines);
        Assert.Contains("/data/sample-zone/2022/figures.csv  content/sample-zone/2022/edition.yml", lines);
        Assert.Contains("/data/sample-zone/2022/figures.json  content/sample-zone/2022/edition.yml", lines);
        // Every address is a file of the site, as a server serves it.
        foreach (var address in lines.Select(l => l.Split("  ")[0]))
        {
            var file = Path.Combine(_site.Output, address.TrimStart('/'), address.EndsWith('/') ? "index.html" : "");
            Assert.True(File.Exists(file), address);
        }
    }

    [Fact]
    public void A_vanished_feed_or_download_fails_the_build_until_aliases_keep_copies_at_the_old_addresses()
    {
        // The record says a zone once published these, under its old name.
        _site.Build();
        var record = _site.Page("urls.txt") + "/data/old-zone/2022/figures.csv\n/data/old-zone/2022/figures.json\n/en/old-zone/feed.xml\n/zh/old-zone/feed.xml\n";
        _site.Write("content/urls.txt", record);
        var errors = Assert.Throws<BuildException>(() => _site.Build()).Errors;

        Assert.Equal(4, errors.Count);
        var feed = Assert.Single(errors, e => e.Message.Contains("the address /zh/old-zone/feed.xml is recorded as published and is no longer built"));
        Assert.Equal("content/urls.txt", feed.Location.File);
        Assert.Contains("add '- /zh/old-zone/feed.xml' under 'aliases:' in the zone.yml", feed.Hint);
        var csv = Assert.Single(errors, e => e.Message.Contains("/data/old-zone/2022/figures.csv"));
        Assert.Contains("in the edition.yml of the edition that has the figures now", csv.Hint);

        _site.Replace(Zone, "name:", "aliases: [/zh/old-zone/feed.xml, /en/old-zone/feed.xml]\nname:");
        _site.Replace(Edition, "year: 2022\n", "year: 2022\naliases:\n  - /data/old-zone/2022/figures.csv\n  - /data/old-zone/2022/figures.json\n");
        Assert.Empty(_site.Build().Warnings);

        Assert.Equal(_site.Page("zh/sample-zone/feed.xml"), _site.Page("zh/old-zone/feed.xml"));
        Assert.Equal(_site.Page("en/sample-zone/feed.xml"), _site.Page("en/old-zone/feed.xml"));
        Assert.Equal(_site.Page("data/sample-zone/2022/figures.csv"), _site.Page("data/old-zone/2022/figures.csv"));
        Assert.Equal(_site.Page("data/sample-zone/2022/figures.json"), _site.Page("data/old-zone/2022/figures.json"));
        Assert.Contains("/zh/old-zone/feed.xml  content/sample-zone/zone.yml", Lines());
        Assert.Contains("/data/old-zone/2022/figures.csv  content/sample-zone/2022/edition.yml", Lines());

        // The copy follows the file it copies when the data changes, also on an incremental build.
        _site.Replace("content/sample-zone/2022/figures.yml", "value: 226\n", "value: 227\n");
        _site.Build();
        Assert.Contains("227", _site.Page("data/old-zone/2022/figures.csv"));
        Assert.Equal(_site.Page("data/sample-zone/2022/figures.csv"), _site.Page("data/old-zone/2022/figures.csv"));
    }

    [Theory]
    [InlineData("content/sample-zone/2022/news.zh.md", "order: 2\n", "order: 2\naliases: [/zh/old/feed.xml]\n", "ends in '.xml': an alias here is a page")]
    [InlineData(Zone, "name:", "aliases: [/data/old/figures.csv]\nname:", "ends in '.csv': an alias here is a page or ends in .xml")]
    [InlineData(Edition, "year: 2022\n", "year: 2022\naliases: [/zh/old/feed.xml]\n", "ends in '.xml': an alias here is a page or ends in .csv or .json")]
    [InlineData(Zone, "name:", "aliases: [/zh/feed.xml]\nname:", "would be written to zh/feed.xml, where the file zh/feed.xml is written")]
    public void An_alias_of_a_file_that_is_not_a_page_is_checked_where_it_is_written(string file, string oldText, string newText, string message)
    {
        _site.Replace(file, oldText, newText);
        var error = _site.BuildFails();
        Assert.Equal(file, error.Location.File);
        Assert.True(error.Location.Line >= 1 && error.Location.Column > 1, error.ToString());
        Assert.Contains(message, error.Message);
        Assert.False(string.IsNullOrWhiteSpace(error.Hint));
    }

    [Fact]
    public void An_alias_of_figure_downloads_an_edition_does_not_have_is_an_error()
    {
        _site.Write("content/sample-zone/2022/figures.yml", "figures: []\n");
        _site.Replace(Edition, "year: 2022\n", "year: 2022\naliases: [/data/old/figures.csv]\n");
        var error = _site.BuildFails();
        Assert.Equal(Edition, error.Location.File);
        Assert.Contains("would be a copy of data/sample-zone/2022/figures.csv, which is not written: the edition has no key figures", error.Message);
    }

    public void Dispose() => _site.Dispose();
}
