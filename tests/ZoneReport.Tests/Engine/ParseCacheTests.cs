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

    /// <summary>photos.yml is kept too, but only as good as its image files: one deleted since fails the build as it did before caching.</summary>
    [Fact]
    public void A_kept_photo_whose_image_is_gone_fails_the_build()
    {
        var site = Site();
        var image = Path.Combine(site.Folder, site.EditionFolder, "images", "sinopharm.jpg");
        Directory.CreateDirectory(Path.GetDirectoryName(image)!);
        File.WriteAllBytes(image, TestImages.Make(80, 50, SkiaSharp.SKEncodedImageFormat.Jpeg));
        site.Replace($"{site.EditionFolder}/photos.yml", "    article: plan", "    article: plan\n    file: images/sinopharm.jpg");
        var parsed = Model(site, null);
        Assert.Equal(parsed, Model(site, Cache(site)));
        var warm = Cache(site);
        Assert.Equal(parsed, Model(site, warm));
        Assert.Equal(0, warm.Parsed);

        File.Delete(image);
        var error = Assert.Throws<BuildException>(() => Model(site, Cache(site))).Errors[0];
        Assert.Contains("photo file 'images/sinopharm.jpg' does not exist", error.Message);
        Assert.EndsWith("photos.yml", error.Location.File);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{ not a pack")]
    [InlineData("ZRPC")]
    [InlineData("ZRPC\u0002zz\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000")]
    public void A_damaged_pack_is_ignored(string damage)
    {
        var site = Site();
        var parsed = Model(site, null);
        Model(site, Cache(site));
        foreach (var pack in Packs(site)) File.WriteAllText(pack, damage);
        var cache = Cache(site);
        Assert.Equal(parsed, Model(site, cache));
        Assert.Equal(0, cache.Hits);
    }

    /// <summary>One byte changed anywhere (a bit flipped on disk) fails the pack's checksum: its files are parsed again, none is read wrong.</summary>
    [Fact]
    public void A_pack_with_one_byte_changed_is_ignored()
    {
        var site = Site();
        var parsed = Model(site, null);
        Model(site, Cache(site));
        var packs = Packs(site).ToList();
        foreach (var (pack, i) in packs.Select((p, i) => (p, i)))
        {
            var bytes = File.ReadAllBytes(pack);
            bytes[(i * 7919 + bytes.Length / 2) % bytes.Length] ^= 0x20;
            File.WriteAllBytes(pack, bytes);
        }

        var cache = Cache(site);
        Assert.Equal(parsed, Model(site, cache));
        Assert.Equal(0, cache.Hits);
    }

    [Fact]
    public void A_pack_of_another_version_of_zonereport_is_ignored()
    {
        var site = Site();
        var parsed = Model(site, null);
        Model(site, Cache(site));
        var other = new ParseCache(CacheFolder(site), "other settings", SourceHashes.Read(site.Folder));
        Assert.Equal(parsed, Model(site, other));
        Assert.Equal(0, other.Hits);
    }

    [Fact]
    public void An_entry_that_no_longer_reads_as_its_record_is_parsed_again()
    {
        var site = Site();
        var parsed = Model(site, null);
        Model(site, Cache(site));
        // Each entry's bytes replaced by one number (what another shape of the record might leave), hashes and checksum right.
        foreach (var pack in Packs(site))
        {
            var bytes = File.ReadAllBytes(pack);
            var reader = new CacheReader(bytes, 4, bytes.Length - 8);
            var writer = new CacheWriter();
            foreach (var magic in "ZRPC"u8) writer.Byte(magic);
            writer.String(reader.String());
            var count = reader.Count();
            writer.Int(count);
            for (var i = 0; i < count; i++)
            {
                writer.String(reader.String());
                writer.String(reader.String());
                reader.Segment();
                writer.Bytes([42]);
            }

            writer.Fixed64(System.IO.Hashing.XxHash3.HashToUInt64(writer.Written));
            File.WriteAllBytes(pack, writer.ToArray());
        }

        var cache = Cache(site);
        Assert.Equal(parsed, Model(site, cache));
        Assert.Equal(0, cache.Hits);
        Assert.True(cache.Parsed > 0);
    }

    private static IEnumerable<string> Packs(TestSite site)
    {
        var packs = Directory.EnumerateFiles(CacheFolder(site), "*.pack").ToList();
        Assert.NotEmpty(packs);
        return packs;
    }

    [Fact]
    public void A_build_over_a_damaged_cache_equals_a_clean_build()
    {
        var site = Site();
        site.Build();
        foreach (var pack in Packs(site)) File.WriteAllText(pack, "ZRPC\u0002");
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
