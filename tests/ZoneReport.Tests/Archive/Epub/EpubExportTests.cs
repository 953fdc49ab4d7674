using System.IO.Compression;
using System.Xml.Linq;
using ZoneReport.Archive.Epub;
using ZoneReport.Archive.Verify;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Archive.Epub;

/// <summary>EPUB books made from the built fixture site (epubcheck, in CI, checks them against the EPUB 3 rules).</summary>
public sealed class EpubExportTests(BuiltFixtureSite fixture) : IClassFixture<BuiltFixtureSite>
{
    private readonly TestSite _site = fixture.Site;

    private (string Name, byte[] Bytes) Book(string lang) => EpubExport.Book(_site.Output, $"{lang}/sample-zone/2022/index.html");

    internal static string Entry(byte[] book, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(book));
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    [Fact]
    public void One_book_per_edition_and_language()
    {
        Assert.Equal(["en/sample-zone/2022/index.html", "zh/sample-zone/2022/index.html"], EpubExport.EditionPages(_site.Output));
        Assert.Equal("sample-zone-2022.zh.epub", Book("zh").Name);
    }

    [Fact]
    public void The_same_site_gives_the_same_bytes()
    {
        Assert.Equal(Book("zh").Bytes, Book("zh").Bytes);
        Assert.Equal(Book("en").Bytes, Book("en").Bytes);
    }

    [Fact]
    public void The_book_is_a_whole_epub_container()
    {
        var file = Path.Combine(_site.Folder, "book.epub");
        File.WriteAllBytes(file, Book("en").Bytes);
        var report = EpubVerifier.Verify(file, "book.epub");
        Assert.True(report.Ok, string.Join("\n", report.Problems));
        using var zip = new ZipArchive(new MemoryStream(Book("en").Bytes));
        Assert.Equal("mimetype", zip.Entries[0].FullName);
        Assert.All(zip.Entries, e => Assert.Equal(zip.Entries[0].LastWriteTime, e.LastWriteTime));
    }

    [Fact]
    public void Articles_follow_the_edition_page_in_the_editions_order_with_a_navigation_document()
    {
        var book = Book("zh").Bytes;
        XNamespace opf = "http://www.idpf.org/2007/opf";
        var package = XDocument.Parse(Entry(book, "EPUB/package.opf"));
        var spine = package.Descendants(opf + "itemref").Select(i => (string)i.Attribute("idref")!).ToList();
        var files = spine.Select(id => (string)package.Descendants(opf + "item").Single(i => (string)i.Attribute("id")! == id).Attribute("href")!);
        Assert.Equal(["edition.xhtml", "plan.xhtml", "news.xhtml"], files);
        Assert.Equal("zh-Hans", package.Descendants().Single(e => e.Name.LocalName == "language").Value);
        Assert.Equal("2022-10-17T00:00:00Z", package.Descendants(opf + "meta").Single(m => (string?)m.Attribute("property") == "dcterms:modified").Value);
        var nav = Entry(book, "EPUB/nav.xhtml");
        Assert.Contains("epub:type=\"toc\"", nav);
        Assert.Contains("<a href=\"news.xhtml\">年终综述</a>", nav);
    }

    [Fact]
    public void Key_figures_are_a_table_photos_keep_their_file_caption_and_alt_text()
    {
        var book = Book("en").Bytes;
        var edition = XDocument.Parse(Entry(book, "EPUB/edition.xhtml"));
        XNamespace x = "http://www.w3.org/1999/xhtml";
        Assert.Equal("en", (string?)edition.Root!.Attribute("lang"));
        var table = edition.Descendants(x + "table").Single(t => (string?)t.Attribute("class") == "figures");
        Assert.Equal(["Indicator", "Value", "Source"], table.Descendants(x + "th").Select(th => th.Value));
        Assert.NotEmpty(table.Descendants(x + "tbody").Elements(x + "tr"));
        Assert.Contains(edition.Descendants(x + "section"), s => (string?)s.Attribute("class") == "cite");
    }

    [Fact]
    public void A_photo_keeps_one_image_file_its_alternative_text_caption_and_credit()
    {
        using var site = new TestSite();
        Directory.CreateDirectory(Path.Combine(site.Folder, site.EditionFolder, "images"));
        File.WriteAllBytes(Path.Combine(site.Folder, site.EditionFolder, "images", "sinopharm.jpg"), TestImages.Make(800, 600, SkiaSharp.SKEncodedImageFormat.Jpeg));
        site.Replace($"{site.EditionFolder}/photos.yml", "    article: plan", "    article: plan\n    file: images/sinopharm.jpg");
        site.Build();
        var book = EpubExport.Book(site.Output, "en/sample-zone/2022/index.html").Bytes;
        XNamespace x = "http://www.w3.org/1999/xhtml";
        var edition = XDocument.Parse(Entry(book, "EPUB/edition.xhtml"));
        var figure = edition.Descendants(x + "figure").First(f => f.Descendants(x + "img").Any());
        var img = figure.Descendants(x + "img").Single();
        Assert.Equal("Sinopharm Holding", (string?)img.Attribute("alt"));
        Assert.Null(img.Attribute("srcset"));
        Assert.Contains("Cao Wenjuan", figure.Value);
        using var zip = new ZipArchive(new MemoryStream(book));
        Assert.NotNull(zip.GetEntry("EPUB/" + (string)img.Attribute("src")!));
        var package = Entry(book, "EPUB/package.opf");
        Assert.Contains("media-type=\"image/jpeg\"", package);
    }

    [Fact]
    public void Links_to_the_books_pages_stay_inside_and_others_point_to_the_site()
    {
        foreach (var name in new[] { "EPUB/edition.xhtml", "EPUB/news.xhtml", "EPUB/plan.xhtml" })
        {
            var hrefs = XDocument.Parse(Entry(Book("zh").Bytes, name)).Descendants().Select(e => (string?)e.Attribute("href")).OfType<string>();
            Assert.All(hrefs, h => Assert.True(h.StartsWith("https://") || h.StartsWith('#') || h.EndsWith(".xhtml") || h.Contains(".xhtml#") || h == "style.css", h));
        }
    }
}
