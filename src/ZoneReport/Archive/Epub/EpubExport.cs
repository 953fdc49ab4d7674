using System.Collections.Immutable;
using System.IO.Compression;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;
using ZoneReport.Diagnostics;

namespace ZoneReport.Archive.Epub;

/// <summary>
/// An EPUB 3 book per edition and language, made from the built site (so the book holds what readers
/// were served): the edition page (provenance, notes, key figures as a table, charts as SVG, photos,
/// plans, credits, citation), then its articles in order, with a navigation document. Deterministic:
/// entries in a fixed order, 'mimetype' stored first, every timestamp and dcterms:modified taken from
/// the content (the newest date the edition's pages give), never from the clock.
/// </summary>
public static partial class EpubExport
{
    public const string Folder = "epub";

    /// <summary>
    /// Writes the books of every edition (or of one, named zone/edition) into <paramref name="outputFolder"/>/epub/,
    /// each through a temporary name; returns the files written. A file there that is not a book this
    /// tool wrote is left as it is, and nothing is written.
    /// </summary>
    public static ImmutableArray<string> WriteAll(string siteFolder, string outputFolder, string? edition = null)
    {
        var target = Path.Combine(outputFolder, Folder);
        var pages = EditionPages(siteFolder).Where(p => edition is null || p.EndsWith($"/{edition}/index.html", StringComparison.Ordinal)).ToList();
        foreach (var page in pages)
        {
            var file = Path.Combine(target, NameOf(page));
            if (Directory.Exists(file) || File.Exists(file) && !IsOurs(file))
            {
                throw new BuildException(SourceLocation.FileOnly(file), $"{file} exists and was not written by export; it is left as it is",
                    "move it away, or choose another folder with --output");
            }
        }

        var written = ImmutableArray.CreateBuilder<string>();
        foreach (var page in pages)
        {
            var (name, bytes) = Book(siteFolder, page);
            Directory.CreateDirectory(target);
            var file = Path.Combine(target, name);
            var partial = Path.Combine(target, $".{name}.partial");
            File.WriteAllBytes(partial, bytes);
            File.Move(partial, file, overwrite: true);
            written.Add(file);
        }

        return written.ToImmutable();
    }

    /// <summary>A book as this tool writes it: a zip whose first entry is the stored EPUB mimetype, with its package, navigation and stylesheet where it puts them.</summary>
    public static bool IsOurs(string path)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            if (zip.Entries.Count == 0 || zip.Entries[0].FullName != "mimetype") return false;
            using (var reader = new StreamReader(zip.Entries[0].Open()))
            {
                if (reader.ReadToEnd() != "application/epub+zip") return false;
            }

            return new[] { "META-INF/container.xml", "EPUB/package.opf", "EPUB/nav.xhtml", "EPUB/style.css" }.All(n => zip.GetEntry(n) is not null);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return false;
        }
    }

    private static string NameOf(string editionPage)
    {
        var parts = editionPage.Split('/');
        return $"{parts[1]}-{parts[2]}.{parts[0]}.epub";
    }

    /// <summary>The edition pages of a built site: {lang}/{zone}/{edition}/index.html with body class kind-edition.</summary>
    public static IEnumerable<string> EditionPages(string siteFolder) =>
        Directory.EnumerateFiles(siteFolder, "index.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(siteFolder, f).Replace('\\', '/'))
            .Where(p => p.Count(c => c == '/') == 3 && File.ReadAllText(Path.Combine(siteFolder, p)).Contains("class=\"kind-edition\"", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    /// <summary>One book: its file name (zone-edition.lang.epub) and bytes.</summary>
    public static (string Name, byte[] Bytes) Book(string siteFolder, string editionPage)
    {
        var parts = editionPage.Split('/');
        var (lang, zone, edition) = (parts[0], parts[1], parts[2]);
        var editionDocument = EpubChapters.Parse(File.ReadAllText(Path.Combine(siteFolder, editionPage)));
        var code = editionDocument.DocumentElement.GetAttribute("lang") ?? lang;
        var chinese = code.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        var articlePages = editionDocument.QuerySelectorAll("ol.article-list a[href]")
            .Select(a => EpubChapters.Resolve(editionPage, a.GetAttribute("href")!))
            .Where(p => File.Exists(Path.Combine(siteFolder, p)))
            .Distinct()
            .ToList();
        var bookFiles = new Dictionary<string, string>(StringComparer.Ordinal) { [editionPage] = "edition.xhtml" };
        // The edition's corrections log, when it has one, ends the book.
        var corrections = $"{lang}/{zone}/{edition}/corrections/index.html";
        if (File.Exists(Path.Combine(siteFolder, corrections))) articlePages.Add(corrections);
        foreach (var page in articlePages) bookFiles[page] = page.Split('/')[^2] + ".xhtml";

        var images = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var chapters = new List<EpubChapter> { EpubChapters.Make(editionDocument, editionPage, "edition.xhtml", bookFiles, images, chinese) };
        var dates = new List<string>(Dates(editionDocument.Source.Text));
        foreach (var page in articlePages)
        {
            var html = File.ReadAllText(Path.Combine(siteFolder, page));
            dates.AddRange(Dates(html));
            chapters.Add(EpubChapters.Make(EpubChapters.Parse(html), page, bookFiles[page], bookFiles, images, chinese));
        }

        string? Meta(string name) => editionDocument.QuerySelector($"meta[name=\"{name}\"]")?.GetAttribute("content");
        var modified = Modified(dates, edition);
        var metadata = new BookMetadata(
            Identifier: Meta("DC.identifier") ?? editionDocument.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? $"urn:zonereport:{zone}:{edition}:{lang}",
            Title: Meta("DC.title") ?? chapters[0].Title,
            Language: code,
            Publisher: Meta("DC.publisher"),
            Date: Meta("DC.date"),
            Modified: modified);
        var bytes = Package(metadata, chapters, images.Select(i => (i.Value, File.ReadAllBytes(Path.Combine(siteFolder, i.Key)))).DistinctBy(i => i.Value).ToList(), chinese);
        return (NameOf(editionPage), bytes);
    }


    private sealed record BookMetadata(string Identifier, string Title, string Language, string? Publisher, string? Date, DateTime Modified);

    /// <summary>dcterms:modified from the content: the newest full date the pages give (datetime attributes, DC.date), else 1 January of the edition's year.</summary>
    private static DateTime Modified(IEnumerable<string> dates, string edition)
    {
        var newest = dates.Select(d => DateOnly.TryParseExact(d, "yyyy-MM-dd", out var day) ? day : (DateOnly?)null)
            .Where(d => d is not null).Max();
        if (newest is { } day) return day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var year = int.TryParse(edition.AsSpan(0, Math.Min(4, edition.Length)), out var y) && y is > 1900 and < 3000 ? y : 2000;
        return new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    }

    private static IEnumerable<string> Dates(string html) => DatePattern().Matches(html).Select(m => m.Groups[1].Value);

    [GeneratedRegex("(?:datetime|name=\"DC.date\" content)=\"(\\d{4}-\\d{2}-\\d{2})")]
    private static partial Regex DatePattern();

    private static byte[] Package(BookMetadata book, List<EpubChapter> chapters, List<(string Name, byte[] Bytes)> images, bool chinese)
    {
        var output = new MemoryStream();
        var stamp = new DateTimeOffset(book.Modified, TimeSpan.Zero);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, byte[] content, CompressionLevel level = CompressionLevel.Optimal)
            {
                var entry = zip.CreateEntry(name, level);
                entry.LastWriteTime = stamp;
                using var stream = entry.Open();
                stream.Write(content);
            }

            void Text(string name, string text) => Add(name, Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n")));

            Add("mimetype", "application/epub+zip"u8.ToArray(), CompressionLevel.NoCompression);
            Text("META-INF/container.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                  <rootfiles>
                    <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
                  </rootfiles>
                </container>

                """);
            Text("EPUB/package.opf", EpubDocuments.Opf(book.Identifier, book.Title, book.Language, book.Publisher, book.Date, book.Modified, chapters, images.Select(i => i.Name)));
            Text("EPUB/nav.xhtml", EpubDocuments.Nav(book.Title, book.Language, chapters, chinese));
            Text("EPUB/style.css", EpubDocuments.Css);
            foreach (var chapter in chapters) Text("EPUB/" + chapter.FileName, EpubDocuments.Xhtml(chapter, book.Language));
            foreach (var (name, bytes) in images) Add("EPUB/" + name, bytes);
        }

        return output.ToArray();
    }

    internal static string Escape(string text) => SecurityElement.Escape(text) ?? "";
}
