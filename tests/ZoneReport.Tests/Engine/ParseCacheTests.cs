using System.Text.Json;
using ZoneReport.Configuration;
using ZoneReport.Content;
using ZoneReport.Data;
using ZoneReport.Diagnostics;
using ZoneReport.Engine;
using ZoneReport.Site;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Engine;

/// <summary>
/// The parse cache gives the model the files give, and never more: the same records from the cache
/// as from parsing (the fixture site and the real content, every field), files that changed parsed
/// again, errors never kept, and a damaged cache ignored.
/// </summary>
public sealed class ParseCacheTests : IDisposable
{
    private readonly List<TestSite> _sites = [];

    private TestSite Site(bool real = false)
    {
        var site = real ? TestSite.FromRepository() : new TestSite();
        _sites.Add(site);
        return site;
    }

    private static string CacheFolder(TestSite site) => Path.Combine(site.Folder, ".cache", "engine", "parsed");

    /// <summary>The content and data of a site as JSON (every public field of every record), loaded with the cache given.</summary>
    private static string Model(TestSite site, ParseCache? cache)
    {
        var config = SiteConfigLoader.Load(site.Folder);
        var errors = new ErrorCollector();
        var loaded = new ContentLoader(config, site.Folder, new PublishingRules(TestClock.Noon), cache: cache).Load(errors);
        var data = new EditionDataLoader(config, site.Folder, cache).LoadAll(loaded.Editions, loaded.Articles);
        errors.ThrowIfAny();
        cache?.Save();
        return JsonSerializer.Serialize(new { loaded.Zones, loaded.Editions, loaded.Articles, loaded.Withheld, loaded.Warnings, data });
    }

    private static ParseCache Cache(TestSite site) => new(CacheFolder(site), "settings", SourceHashes.Read(site.Folder));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_cache_gives_the_same_model_as_the_files(bool real)
    {
        var site = Site(real);
        var parsed = Model(site, null);
        var cold = Cache(site);
        Assert.Equal(parsed, Model(site, cold));
        Assert.Equal(0, cold.Hits);

        var warm = Cache(site);
        Assert.Equal(parsed, Model(site, warm));
        Assert.Equal(0, warm.Parsed);
        Assert.True(cold.Parsed > 0);
        Assert.Equal(cold.Parsed, warm.Hits);
    }

    [Fact]
    public void A_changed_file_is_parsed_again_and_the_others_are_not()
    {
        var site = Site();
        Model(site, Cache(site));
        site.Replace($"{site.EditionFolder}/news.en.md", "GDP grew 7%", "GDP grew 9%");
        var warm = Cache(site);
        var model = Model(site, warm);
        Assert.Contains("GDP grew 9%", model);
        Assert.Equal(1, warm.Parsed);
        Assert.Equal(Model(site, null), model);
    }

    [Fact]
    public void A_file_with_errors_is_not_kept_and_fails_every_build()
    {
        var site = Site();
        site.Replace($"{site.EditionFolder}/news.en.md", "title:", "tittle:");
        var first = Assert.Throws<BuildException>(() => site.Build()).Errors[0];
        var again = Assert.Throws<BuildException>(() => site.Build()).Errors[0];
        Assert.Equal(first, again);
        Assert.Contains("news.en.md", again.Location.File);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{ not json")]
    [InlineData("{\"version\": \"other\", \"entries\": {}}")]
    [InlineData("[1, 2, 3]")]
    public void A_damaged_pack_is_ignored(string damage)
    {
        var site = Site();
        var parsed = Model(site, null);
        Model(site, Cache(site));
        foreach (var pack in Directory.EnumerateFiles(CacheFolder(site))) File.WriteAllText(pack, damage);
        Assert.Equal(parsed, Model(site, Cache(site)));
    }

    [Fact]
    public void An_entry_that_no_longer_reads_as_its_record_is_parsed_again()
    {
        var site = Site();
        var parsed = Model(site, null);
        Model(site, Cache(site));
        // Each value replaced by something of another shape (a number where a record was), hashes kept.
        foreach (var pack in Directory.EnumerateFiles(CacheFolder(site)))
        {
            var text = File.ReadAllText(pack);
            var json = System.Text.Json.Nodes.JsonNode.Parse(text)!.AsObject();
            foreach (var (_, entry) in json["entries"]!.AsObject()) entry!["value"] = 42;
            File.WriteAllText(pack, json.ToJsonString());
        }

        var cache = Cache(site);
        Assert.Equal(parsed, Model(site, cache));
        Assert.Equal(0, cache.Hits);
    }

    [Fact]
    public void A_build_over_a_damaged_cache_equals_a_clean_build()
    {
        var site = Site();
        site.Build();
        foreach (var pack in Directory.EnumerateFiles(CacheFolder(site))) File.WriteAllText(pack, "{\"version\":");
        site.Replace($"{site.EditionFolder}/news.en.md", "GDP grew 7%", "GDP grew 9%");
        site.Build();
        var clean = Path.Combine(site.Folder, "_clean");
        SiteBuilder.Build(new BuildOptions(site.Folder, clean, UseImageCache: false));
        foreach (var file in Directory.EnumerateFiles(clean, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(clean, file);
            Assert.True(File.ReadAllBytes(file).SequenceEqual(File.ReadAllBytes(Path.Combine(site.Output, relative))), $"{relative} differs");
        }
    }

    public void Dispose()
    {
        foreach (var site in _sites) site.Dispose();
    }
}
