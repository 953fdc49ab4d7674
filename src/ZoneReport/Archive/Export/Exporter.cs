using System.Collections.Immutable;
using System.Xml.Linq;
using ZoneReport.Archive.Epub;
using ZoneReport.Configuration;
using ZoneReport.Diagnostics;
using ZoneReport.Formats;
using ZoneReport.Model;
using ZoneReport.Rendering;
using ZoneReport.Site;

namespace ZoneReport.Archive.Export;

/// <param name="SiteFolder">The folder holding site.yml.</param>
/// <param name="OutputFolder">Where the bag and the WARC go; default _export/ in the site folder.</param>
/// <param name="Edition">zone/edition to export alone, e.g. "zhoukou-edz/2022"; null for the whole site.</param>
public sealed record ExportOptions(string SiteFolder, string? OutputFolder = null, string? Edition = null)
{
    public const string DefaultFolder = "_export";
}

/// <summary>What an export wrote: the bag folder, the WARC file, the EPUB books, and how much went in.</summary>
public sealed record ExportResult(string BagFolder, string WarcFile, int BuiltFiles, int SourceFiles, int WarcResponses)
{
    /// <summary>The EPUB books written into epub/ beside the bag (the bag holds them too, under data/epub/).</summary>
    public IReadOnlyList<string> Books { get; init; } = [];

    public string Summary => $"Exported {BuiltFiles} built files, {SourceFiles} sources and {Books.Count} EPUB book(s): bag {BagFolder}, WARC {WarcFile} ({WarcResponses} responses), "
        + $"books in {Path.Combine(Path.GetDirectoryName(BagFolder)!, EpubExport.Folder)}";
}

/// <summary>
/// `export`: builds the site, then archives what was built, exactly as served: a BagIt bag of the
/// built files, their sources and the EPUB books made from them, a WARC of the built files at their
/// public addresses, and the books themselves in epub/ (as `export --epub` writes them). It
/// replaces only a bag or WARC that it wrote itself, and writes each through a temporary name so a
/// failed export leaves the last one as it was.
/// </summary>
public static class Exporter
{
    public static ExportResult Export(ExportOptions options)
    {
        var siteFolder = Path.GetFullPath(options.SiteFolder);
        var config = SiteConfigLoader.Load(siteFolder);
        var scope = new ExportScope(options.Edition?.Trim('/'));
        if (scope.Edition is { } edition && !File.Exists(Path.Combine(siteFolder, "content", edition, "edition.yml")))
        {
            var editions = Directory.EnumerateFiles(Path.Combine(siteFolder, "content"), "edition.yml", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Path.Combine(siteFolder, "content"), Path.GetDirectoryName(f)!).Replace('\\', '/'))
                .Order(StringComparer.Ordinal);
            throw new BuildException(SourceLocation.FileOnly("content"), $"there is no edition '{edition}' (no content/{edition}/edition.yml)",
                $"name one as zone/edition: {string.Join(", ", editions)}");
        }

        var built = SiteBuilder.Build(new BuildOptions(siteFolder));
        var exportFolder = Path.GetFullPath(Path.Combine(siteFolder, options.OutputFolder ?? ExportOptions.DefaultFolder));
        var bagFolder = Path.Combine(exportFolder, scope.Name);
        var warcFile = Path.Combine(exportFolder, scope.Name + ".warc.gz");
        RefuseForeign(bagFolder, Directory.Exists(bagFolder) && !BagWriter.IsOurs(bagFolder), "folder");
        RefuseForeign(warcFile, Directory.Exists(warcFile) || File.Exists(warcFile) && !WarcWriter.IsOurs(warcFile), "file");
        RefuseForeign(bagFolder, File.Exists(bagFolder), "file");

        var builtFiles = scope.BuiltFiles(built.OutputFolder, config);
        var sourceFiles = scope.SourceFiles(siteFolder);
        var date = NewestDate(built.OutputFolder, config, builtFiles);
        var what = scope.Edition is null ? "the whole site" : $"the edition {scope.Edition}";

        Directory.CreateDirectory(exportFolder);
        var books = EpubExport.WriteAll(built.OutputFolder, exportFolder, scope.Edition);
        var temporaryBag = Path.Combine(exportFolder, $".{scope.Name}.partial");
        var temporaryWarc = Path.Combine(exportFolder, $".{scope.Name}.warc.gz.partial");
        DeleteOurTemporary(temporaryBag, temporaryWarc);
        try
        {
            Directory.CreateDirectory(temporaryBag);
            var payload = builtFiles.Select(f => new PayloadFile("site/" + f, Path.Combine(built.OutputFolder, f)))
                .Concat(sourceFiles.Select(f => new PayloadFile("source/" + f, Path.Combine(siteFolder, f))))
                .Concat(books.Select(b => new PayloadFile($"{EpubExport.Folder}/{Path.GetFileName(b)}", b))).ToList();
            BagWriter.Write(temporaryBag, payload, BagInfo(config, scope, what, date, builtFiles.Count, sourceFiles.Count, books.Length));

            var served = Served(config, built.OutputFolder, builtFiles);
            WarcWriter.Write(temporaryWarc, date, $"{config.Title[config.DefaultLanguage]}: {what}, as built by {Generator.NameAndVersion}",
                config.BaseUrl.AbsoluteUri, served);

            if (Directory.Exists(bagFolder)) Directory.Delete(bagFolder, recursive: true);
            Directory.Move(temporaryBag, bagFolder);
            File.Move(temporaryWarc, warcFile, overwrite: true);
            return new ExportResult(bagFolder, warcFile, builtFiles.Count, sourceFiles.Count, served.Count) { Books = books };
        }
        catch (IOException e)
        {
            DeleteOurTemporary(temporaryBag, temporaryWarc);
            throw new BuildException(SourceLocation.FileOnly(exportFolder), $"could not write the export: {e.Message}",
                "check that the folder is writable and has space, then run export again");
        }
    }

    private static IReadOnlyList<(string, string)> BagInfo(SiteConfig config, ExportScope scope, string what, DateOnly date, int built, int sources, int books)
    {
        var info = new List<(string, string)>();
        foreach (var language in config.Languages) info.Add(("Source-Organization", config.Title[language]));
        info.Add(("External-Identifier", scope.Edition is null ? config.BaseUrl.AbsoluteUri : config.BaseUrl.AbsoluteUri + $"#{scope.Edition}"));
        info.Add(("External-Description", $"{what}: {built} files as published (data/site/), the {sources} Markdown, YAML and template files they were built from (data/source/) and {books} EPUB book(s) made from them, one per edition and language (data/epub/)"));
        // The date of the newest content, not of the run: a second export gives the same bag.
        info.Add(("Bagging-Date", ContentDates.Iso(date)));
        foreach (var language in config.Languages) info.Add(("Language", language.Code));
        info.Add((BagWriter.SoftwareLabel, $"{Generator.NameAndVersion} {Generator.Uri}"));
        return info;
    }

    /// <summary>Every built file at its public address; an index.html also at its folder's address, as servers serve it.</summary>
    private static List<ServedFile> Served(SiteConfig config, string output, IReadOnlyList<string> files)
    {
        var served = new List<ServedFile>();
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(Path.Combine(output, file));
            var type = ContentTypes.Of(file);
            served.Add(new ServedFile(config.BaseUrl.AbsoluteUri + file, type, bytes));
            if (file == "index.html" || file.EndsWith("/index.html", StringComparison.Ordinal))
            {
                served.Add(new ServedFile(Urls.Absolute(config.BaseUrl, file), type, bytes));
            }
        }

        return served;
    }

    /// <summary>The newest lastmod of the sitemap among the pages in scope (the site's content dates).</summary>
    private static DateOnly NewestDate(string output, SiteConfig config, IReadOnlyList<string> files)
    {
        var sitemap = Path.Combine(output, Sitemap.SitemapPath);
        var inScope = files.Select(f => Urls.Absolute(config.BaseUrl, f)).ToImmutableHashSet(StringComparer.Ordinal);
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var dates = File.Exists(sitemap)
            ? XDocument.Load(sitemap).Root!.Elements(ns + "url")
                .Where(u => inScope.Contains(u.Element(ns + "loc")?.Value ?? ""))
                .Select(u => u.Element(ns + "lastmod")?.Value)
                .Where(v => v is not null && DateOnly.TryParseExact(v, "yyyy-MM-dd", out _))
                .Select(v => DateOnly.ParseExact(v!, "yyyy-MM-dd"))
                .ToList()
            : [];
        return dates.Count > 0 ? dates.Max() : new DateOnly(1970, 1, 1);
    }

    private static void RefuseForeign(string path, bool foreign, string kind)
    {
        if (!foreign) return;
        throw new BuildException(SourceLocation.FileOnly(path), $"the {kind} {path} exists and was not written by export; it is left as it is",
            "move it away, or choose another folder with --output");
    }

    private static void DeleteOurTemporary(string bag, string warc)
    {
        if (Directory.Exists(bag)) Directory.Delete(bag, recursive: true);
        if (File.Exists(warc)) File.Delete(warc);
    }
}
