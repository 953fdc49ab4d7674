using AngleSharp.Html.Parser;
using SkiaSharp;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Images;

/// <summary>Photos with an image file are resized at build time and served with srcset, sizes and WebP.</summary>
public sealed class ResponsiveImageTests : IDisposable
{
    private readonly TestSite _site = new();
    private string Photos => $"{_site.EditionFolder}/photos.yml";
    private string ZhArticle => $"{_site.EditionFolder}/plan.zh.md";

    public void Dispose() => _site.Dispose();

    private void GivePhotoAnImage(string name, byte[] image)
    {
        var path = Path.Combine(_site.Folder, _site.EditionFolder, "images", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, image);
        _site.Replace(Photos, "    article: plan", $"    article: plan\n    file: images/{name}");
    }

    private string[] Media() =>
        Directory.EnumerateFiles(Path.Combine(_site.Output, "media"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_site.Output, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void A_large_photo_is_published_in_each_width_as_jpeg_and_webp_never_as_the_original()
    {
        GivePhotoAnImage("sinopharm.jpg", TestImages.Make(1600, 1000, SKEncodedImageFormat.Jpeg));
        _site.Build();

        var media = Media();
        Assert.Equal(8, media.Length);
        foreach (var width in new[] { 360, 720, 1080, 1440 })
        {
            foreach (var extension in new[] { ".jpg", ".webp" })
            {
                var file = Assert.Single(media, f => f.StartsWith($"media/sample-zone/2022/images/sinopharm-{width}.", StringComparison.Ordinal)
                                                     && f.EndsWith(extension, StringComparison.Ordinal));
                var (w, h, _) = TestImages.Inspect(Path.Combine(_site.Output, file));
                Assert.Equal((width, width * 1000 / 1600), (w, h));
            }
        }

        Assert.DoesNotContain(media, f => f.EndsWith("images/sinopharm.jpg", StringComparison.Ordinal));
        Assert.Empty(LinkWalker.BrokenLinks(_site.Output, "/reports/"));
    }

    [Fact]
    public void The_page_offers_webp_and_jpeg_with_srcset_sizes_and_dimensions_and_loads_lazily_below_the_fold()
    {
        GivePhotoAnImage("sinopharm.jpg", TestImages.Make(1600, 1000, SKEncodedImageFormat.Jpeg));
        _site.Build();

        var document = new HtmlParser().ParseDocument(_site.Page("en/sample-zone/2022/plan/index.html"));
        var picture = document.QuerySelector("figure#photo-sinopharm picture")!;
        var source = picture.QuerySelector("source")!;
        var img = picture.QuerySelector("img")!;
        Assert.Equal("image/webp", source.GetAttribute("type"));
        Assert.Equal([360, 720, 1080, 1440], Widths(source.GetAttribute("srcset")!));
        Assert.Equal([360, 720, 1080, 1440], Widths(img.GetAttribute("srcset")!));
        Assert.All(LinkWalker.SrcsetUrls(source.GetAttribute("srcset")!), url => Assert.EndsWith(".webp", url));
        Assert.All(LinkWalker.SrcsetUrls(img.GetAttribute("srcset")!), url => Assert.EndsWith(".jpg", url));
        Assert.NotNull(img.GetAttribute("sizes"));
        Assert.Equal(("1440", "900"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal("Sinopharm Holding", img.GetAttribute("alt"));
        Assert.Equal("lazy", img.GetAttribute("loading"));
        Assert.DoesNotContain("photo-missing", picture.ParentElement!.InnerHtml);
    }

    [Fact]
    public void A_photo_at_the_top_of_an_article_is_fetched_first_not_lazily()
    {
        GivePhotoAnImage("sinopharm.jpg", TestImages.Make(800, 600, SKEncodedImageFormat.Jpeg));
        _site.Replace(ZhArticle, "\n[[photo: sinopharm]]\n", "\n");
        _site.Replace(ZhArticle, "规划是行动的先导", "[[photo: sinopharm]]\n\n规划是行动的先导");
        var english = $"{_site.EditionFolder}/plan.en.md"; // every language places the same photos in the same order
        _site.Replace(english, "\n[[photo: sinopharm]]\n", "\n");
        _site.Replace(english, "Planning comes before action.", "[[photo: sinopharm]]\n\nPlanning comes before action.");
        _site.Build();

        var img = new HtmlParser().ParseDocument(_site.Page("zh/sample-zone/2022/plan/index.html")).QuerySelector("figure#photo-sinopharm img")!;
        Assert.Null(img.GetAttribute("loading"));
        Assert.Equal("high", img.GetAttribute("fetchpriority"));
    }

    [Fact]
    public void A_small_png_is_not_enlarged_and_stays_png()
    {
        GivePhotoAnImage("chart.png", TestImages.Make(500, 300, SKEncodedImageFormat.Png));
        _site.Build();

        var img = new HtmlParser().ParseDocument(_site.Page("en/sample-zone/2022/plan/index.html")).QuerySelector("figure#photo-sinopharm img")!;
        Assert.Equal([360, 500], Widths(img.GetAttribute("srcset")!));
        Assert.Equal(("500", "300"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.All(LinkWalker.SrcsetUrls(img.GetAttribute("srcset")!), url => Assert.EndsWith(".png", url));
    }

    [Fact]
    public void A_phone_photo_stored_sideways_is_published_upright()
    {
        GivePhotoAnImage("sideways.jpg", TestImages.JpegWithOrientation(400, 200, orientation: 6));
        _site.Build();

        var file = Assert.Single(Media(), f => f.EndsWith(".jpg", StringComparison.Ordinal));
        var (width, height, topIsBand) = TestImages.Inspect(Path.Combine(_site.Output, file));
        Assert.Equal((200, 400), (width, height));
        Assert.False(topIsBand, "turned 90° clockwise, the band along the stored top edge runs down the right side");
    }

    [Fact]
    public void The_widths_and_quality_can_be_set_in_site_yml()
    {
        GivePhotoAnImage("sinopharm.jpg", TestImages.Make(1600, 1000, SKEncodedImageFormat.Jpeg));
        File.AppendAllText(Path.Combine(_site.Folder, "site.yml"), "images:\n  widths: [300, 600]\n  quality: 60\n");
        _site.Build();

        var img = new HtmlParser().ParseDocument(_site.Page("en/sample-zone/2022/plan/index.html")).QuerySelector("figure#photo-sinopharm img")!;
        Assert.Equal([300, 600], Widths(img.GetAttribute("srcset")!));
    }

    [Fact]
    public void A_bad_image_setting_names_its_line_in_site_yml()
    {
        var lines = File.ReadAllLines(Path.Combine(_site.Folder, "site.yml")).Length;
        File.AppendAllText(Path.Combine(_site.Folder, "site.yml"), "images:\n  widths: [300, wide]\n");
        var error = _site.BuildFails();
        Assert.Equal(("site.yml", lines + 2), (error.Location.File, error.Location.Line));
        Assert.Contains("image width 'wide' must be a whole number of pixels", error.Message);
    }

    [Fact]
    public void A_file_that_is_not_an_image_names_the_photo_entry()
    {
        GivePhotoAnImage("broken.jpg", "this is not a JPEG"u8.ToArray());
        var error = _site.BuildFails();
        Assert.Equal(Photos, error.Location.File);
        Assert.Equal(2, error.Location.Line);
        Assert.Contains("photo 'sinopharm': 'images/broken.jpg' is not an image", error.Message);
        Assert.Contains("export it again", error.Hint);
    }

    [Fact]
    public void Resized_images_are_byte_identical_from_one_build_to_the_next()
    {
        GivePhotoAnImage("sinopharm.jpg", TestImages.Make(1600, 1000, SKEncodedImageFormat.Jpeg));
        _site.Build();
        var first = Media().ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(_site.Output, f)));
        _site.Build();
        var second = Media().ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(_site.Output, f)));
        Assert.Equal(first.Keys, second.Keys);
        Assert.All(first, pair => Assert.Equal(pair.Value, second[pair.Key]));
    }

    private static int[] Widths(string srcset) =>
        srcset.Split(',', StringSplitOptions.TrimEntries).Select(c => int.Parse(c.Split(' ')[1].TrimEnd('w'))).ToArray();
}
