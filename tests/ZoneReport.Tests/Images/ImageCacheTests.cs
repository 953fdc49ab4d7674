using SkiaSharp;
using ZoneReport.Site;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Images;

/// <summary>Rebuilds take resized photos from .cache/images; a changed photo or setting encodes again.</summary>
public sealed class ImageCacheTests : IDisposable
{
    private readonly TestSite _site = new();
    private string CacheFolder => Path.Combine(_site.Folder, BuildOptions.CacheFolder, "images");

    public ImageCacheTests()
    {
        var image = Path.Combine(_site.Folder, _site.EditionFolder, "images", "sinopharm.jpg");
        Directory.CreateDirectory(Path.GetDirectoryName(image)!);
        File.WriteAllBytes(image, TestImages.Make(800, 500, SKEncodedImageFormat.Jpeg));
        _site.Replace($"{_site.EditionFolder}/photos.yml", "    article: plan", "    article: plan\n    file: images/sinopharm.jpg");
    }

    public void Dispose() => _site.Dispose();

    private Dictionary<string, byte[]> PublishedMedia() =>
        Directory.EnumerateFiles(Path.Combine(_site.Output, "media"), "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);

    /// <summary>Replaces the cached 360-pixel JPEG with a different picture, which only a cache hit can publish.</summary>
    private byte[] TamperWithCachedSmallJpeg()
    {
        var entry = Assert.Single(Directory.GetDirectories(CacheFolder));
        var line = File.ReadAllLines(Path.Combine(entry, "manifest.txt")).Single(l => l.StartsWith("360 ", StringComparison.Ordinal) && l.Contains(" .jpg "));
        var marker = TestImages.Make(360, 225, SKEncodedImageFormat.Jpeg).Concat(new byte[] { 0, 1, 2 }).ToArray();
        File.WriteAllBytes(Path.Combine(entry, line.Split(' ')[4]), marker);
        return marker;
    }

    /// <summary>Without the engine's record of the last build, a rebuild runs every stage again, the image stage included.</summary>
    private void ForgetLastBuild() => Directory.Delete(Path.Combine(_site.Folder, ".cache", "engine"), recursive: true);

    [Fact]
    public void A_rebuild_takes_resized_photos_from_the_cache()
    {
        _site.Build();
        var marker = TamperWithCachedSmallJpeg();
        ForgetLastBuild();
        _site.Build();
        Assert.Contains(PublishedMedia().Values, bytes => bytes.SequenceEqual(marker));
    }

    [Fact]
    public void A_changed_setting_misses_the_cache_and_encodes_again()
    {
        _site.Build();
        var marker = TamperWithCachedSmallJpeg();
        File.AppendAllText(Path.Combine(_site.Folder, "site.yml"), "images:\n  quality: 60\n");
        _site.Build();
        Assert.DoesNotContain(PublishedMedia().Values, bytes => bytes.SequenceEqual(marker));
        Assert.Equal(2, Directory.GetDirectories(CacheFolder).Length);
    }

    [Fact]
    public void The_output_is_the_same_with_or_without_the_cache_and_a_damaged_entry_is_ignored()
    {
        SiteBuilder.Build(new BuildOptions(_site.Folder, UseImageCache: false));
        var uncached = PublishedMedia();
        _site.Build();
        var entry = Assert.Single(Directory.GetDirectories(CacheFolder));
        File.WriteAllText(Path.Combine(entry, "manifest.txt"), "not a manifest");
        ForgetLastBuild();
        _site.Build();
        var cached = PublishedMedia();
        Assert.True(File.ReadAllLines(Path.Combine(entry, "manifest.txt")).Length > 1, "the damaged entry is replaced");
        Assert.Equal(uncached.Keys.Order(), cached.Keys.Order());
        Assert.All(uncached, pair => Assert.Equal(pair.Value, cached[pair.Key]));
    }
}
