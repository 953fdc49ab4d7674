using ZoneReport.Archive.Verify;
using ZoneReport.Model;

namespace ZoneReport.Archive.Export;

/// <summary>
/// What an export holds: the whole site, or one edition (its pages in every language, its photos and
/// data files, the shared assets its pages need, and the sources that made them).
/// </summary>
/// <param name="Edition">zone/edition, e.g. "zhoukou-edz/2022"; null for the whole site.</param>
public sealed record ExportScope(string? Edition)
{
    public static readonly ExportScope WholeSite = new((string?)null);

    /// <summary>The name of the bag folder and the WARC file: "site", or "zhoukou-edz-2022".</summary>
    public string Name => Edition is null ? "site" : Edition.Replace('/', '-');

    /// <summary>The built files in scope, by '/'-path, sorted. Hidden files (the site marker) are the tool's, not the site's.</summary>
    public IReadOnlyList<string> BuiltFiles(string siteOutput, SiteConfig config)
    {
        var files = FolderFiles.List(siteOutput).Where(f => !f.Split('/').Any(part => part.StartsWith('.')));
        if (Edition is null) return files.ToList();
        var prefixes = config.Languages.Select(l => $"{l.Prefix}/{Edition}/")
            .Concat([$"media/{Edition}/", $"data/{Edition}/", "assets/"]).ToList();
        return files.Where(f => prefixes.Any(p => f.StartsWith(p, StringComparison.Ordinal))).ToList();
    }

    /// <summary>The sources in scope: site.yml, the templates, and content/ (or the edition's folder and its zone.yml).</summary>
    public IReadOnlyList<string> SourceFiles(string siteFolder)
    {
        var content = Edition is null
            ? FolderFiles.List(siteFolder, "content")
            : [.. Existing(siteFolder, $"content/{Edition.Split('/')[0]}/zone.yml"), .. Existing(siteFolder, "content/glossary.yml"),
                .. FolderFiles.List(siteFolder, $"content/{Edition}")];
        return Existing(siteFolder, "site.yml").Concat(content).Concat(FolderFiles.List(siteFolder, "templates"))
            .Where(f => !f.Split('/').Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<string> Existing(string folder, string path) =>
        File.Exists(Path.Combine(folder, path)) ? [path] : [];
}
