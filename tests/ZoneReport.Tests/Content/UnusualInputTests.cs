using System.Text;
using AngleSharp.Html.Parser;
using SkiaSharp;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Content;

/// <summary>Input that looks unusual but is fine builds, and builds correctly.</summary>
public sealed class UnusualInputTests : IDisposable
{
    private readonly TestSite _site = new();

    [Fact]
    public void An_article_file_named_in_chinese_builds_under_its_slug()
    {
        _site.Write($"{_site.EditionFolder}/测试文章.zh.md", "---\ntitle: 测试文章\nslug: test-article\n---\n\n正文见[综述](news.zh.md)。\n");
        _site.Write($"{_site.EditionFolder}/测试文章.en.md", "---\ntitle: A test article\nslug: test-article\n---\n\nSee the [review](news.en.md).\n");
        _site.Replace($"{_site.EditionFolder}/news.en.md", "GDP grew 7% year on year.", "GDP grew 7% year on year. See the [test](测试文章.en.md).");
        _site.Build();

        Assert.Contains("<h1>测试文章</h1>", _site.Page("zh/sample-zone/2022/test-article/index.html"));
        Assert.Contains("<h1>A test article</h1>", _site.Page("en/sample-zone/2022/test-article/index.html"));
        Assert.Contains("href=\"../test-article/index.html\"", _site.Page("en/sample-zone/2022/news/index.html"));
    }

    [Fact]
    public void A_camera_file_name_with_a_space_and_capitals_is_published_under_a_clean_name()
    {
        var image = Path.Combine(_site.Folder, _site.EditionFolder, "images", "IMG 0001.JPG");
        Directory.CreateDirectory(Path.GetDirectoryName(image)!);
        File.WriteAllBytes(image, TestImages.Make(800, 600, SKEncodedImageFormat.Jpeg));
        _site.Replace($"{_site.EditionFolder}/photos.yml", "    article: plan", "    article: plan\n    file: images/IMG 0001.JPG");
        _site.Build();

        var img = new HtmlParser().ParseDocument(_site.Page("en/sample-zone/2022/plan/index.html")).QuerySelector("figure#photo-sinopharm img")!;
        var urls = LinkWalker.SrcsetUrls(img.GetAttribute("srcset")!).Append(img.GetAttribute("src")!).ToList();
        Assert.All(urls, url => Assert.Matches(@"^[a-z0-9./-]+$", url));
        Assert.All(urls, url => Assert.Contains("/images/img-0001-", url));
        Assert.All(urls, url => Assert.True(File.Exists(Path.Combine(_site.Output, "en/sample-zone/2022/plan", url)), url));
    }

    [Fact]
    public void A_photo_named_in_chinese_is_published_under_its_id()
    {
        var image = Path.Combine(_site.Folder, _site.EditionFolder, "images", "国药控股.png");
        Directory.CreateDirectory(Path.GetDirectoryName(image)!);
        File.WriteAllBytes(image, TestImages.Make(400, 300, SKEncodedImageFormat.Png));
        _site.Replace($"{_site.EditionFolder}/photos.yml", "    article: plan", "    article: plan\n    file: images/国药控股.png");
        _site.Build();

        var img = new HtmlParser().ParseDocument(_site.Page("zh/sample-zone/2022/plan/index.html")).QuerySelector("figure#photo-sinopharm img")!;
        Assert.Contains("/images/sinopharm-400.", img.GetAttribute("src"));
    }

    [Fact]
    public void A_byte_order_mark_and_windows_line_endings_are_fine()
    {
        var article = $"{_site.EditionFolder}/news.en.md";
        var text = _site.Read(article).Replace("\n", "\r\n");
        File.WriteAllBytes(Path.Combine(_site.Folder, article), [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);
        var zone = Path.Combine(_site.Folder, "content/sample-zone/zone.yml");
        File.WriteAllBytes(zone, [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(zone)]);
        _site.Build();

        Assert.Contains("<h1>Year-end review</h1>", _site.Page("en/sample-zone/2022/news/index.html"));
    }

    [Fact]
    public void An_anchor_link_to_a_heading_placement_or_attribute_id_builds()
    {
        var article = $"{_site.EditionFolder}/plan.en.md";
        _site.Replace(article, "Planning comes before action.",
            "Planning comes before action{#start}. See [the industries](#leading-industries), [the plan](#plan-11346), [the photo](#photo-sinopharm) and [the start](#start).");
        _site.Replace($"{_site.EditionFolder}/news.en.md", "GDP grew 7% year on year.", "GDP grew 7% year on year; see [the industries](plan.en.md#leading-industries).");
        _site.Build();

        var page = _site.Page("en/sample-zone/2022/news/index.html");
        Assert.Contains("href=\"../plan/index.html#leading-industries\"", page);
    }

    public void Dispose() => _site.Dispose();
}
