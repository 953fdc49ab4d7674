using System.Globalization;
using System.Text;

namespace ZoneReport.Archive.Epub;

/// <summary>The package document, the navigation document, the content documents and the stylesheet of a book.</summary>
internal static class EpubDocuments
{
    public static string Opf(string identifier, string title, string language, string? publisher, string? date, DateTime modified,
        IReadOnlyList<EpubChapter> chapters, IEnumerable<string> images)
    {
        var e = EpubExport.Escape;
        var opf = new StringBuilder();
        opf.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        opf.Append($"<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"book-id\" xml:lang=\"{e(language)}\">\n");
        opf.Append("  <metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
        opf.Append($"    <dc:identifier id=\"book-id\">{e(identifier)}</dc:identifier>\n");
        opf.Append($"    <dc:title>{e(title)}</dc:title>\n");
        opf.Append($"    <dc:language>{e(language)}</dc:language>\n");
        if (publisher is not null) opf.Append($"    <dc:publisher>{e(publisher)}</dc:publisher>\n");
        if (date is not null) opf.Append($"    <dc:date>{e(date)}</dc:date>\n");
        opf.Append($"    <dc:source>{e(identifier)}</dc:source>\n");
        opf.Append($"    <meta property=\"dcterms:modified\">{modified.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}</meta>\n");
        opf.Append("  </metadata>\n  <manifest>\n");
        opf.Append("    <item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n");
        opf.Append("    <item id=\"style\" href=\"style.css\" media-type=\"text/css\"/>\n");
        for (var i = 0; i < chapters.Count; i++)
        {
            var properties = chapters[i].HasSvg ? " properties=\"svg\"" : "";
            opf.Append($"    <item id=\"c{i + 1}\" href=\"{e(chapters[i].FileName)}\" media-type=\"application/xhtml+xml\"{properties}/>\n");
        }

        var n = 0;
        foreach (var image in images)
        {
            opf.Append($"    <item id=\"img{++n}\" href=\"{e(image)}\" media-type=\"{MediaType(image)}\"/>\n");
        }

        opf.Append("  </manifest>\n  <spine>\n");
        for (var i = 0; i < chapters.Count; i++) opf.Append($"    <itemref idref=\"c{i + 1}\"/>\n");
        opf.Append("  </spine>\n</package>\n");
        return opf.ToString();
    }

    public static string Nav(string title, string language, IReadOnlyList<EpubChapter> chapters, bool chinese)
    {
        var e = EpubExport.Escape;
        var items = string.Concat(chapters.Select(c => $"      <li><a href=\"{e(c.FileName)}\">{e(c.Title)}</a></li>\n"));
        return Document(title, language, $"""
            <nav epub:type="toc" id="toc">
              <h1>{(chinese ? "目录" : "Contents")}</h1>
              <ol>
            {items}  </ol>
            </nav>

            """);
    }

    public static string Xhtml(EpubChapter chapter, string language) => Document(chapter.Title, language, chapter.Body + "\n");

    private static string Document(string title, string language, string body)
    {
        var e = EpubExport.Escape;
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n" +
               $"<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\"{e(language)}\" xml:lang=\"{e(language)}\">\n" +
               $"<head>\n<meta charset=\"utf-8\"/>\n<title>{e(title)}</title>\n<link rel=\"stylesheet\" type=\"text/css\" href=\"style.css\"/>\n</head>\n" +
               $"<body>\n{body}</body>\n</html>\n";
    }

    private static string MediaType(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".jpg" or ".jpeg" => "image/jpeg",
        ".png" => "image/png",
        ".gif" => "image/gif",
        ".svg" => "image/svg+xml",
        ".webp" => "image/webp",
        _ => "application/octet-stream",
    };

    public const string Css = """
        body { font-family: serif; line-height: 1.6; margin: 0 1em; }
        h1 { font-size: 1.5em; line-height: 1.3; }
        h2 { font-size: 1.2em; }
        figure { margin: 1em 0; }
        img { max-width: 100%; height: auto; }
        figcaption, .credit, .meta, .cite-note { font-size: 0.9em; }
        table.figures { border-collapse: collapse; width: 100%; }
        table.figures th, table.figures td { border-bottom: 1px solid #999; padding: 0.2em 0.4em; text-align: left; vertical-align: top; }
        svg { max-width: 100%; height: auto; }
        .cite-text { word-wrap: break-word; }

        """;
}
