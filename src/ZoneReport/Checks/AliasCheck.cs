using ZoneReport.Diagnostics;
using ZoneReport.Formats;
using ZoneReport.Rendering;

namespace ZoneReport.Checks;

/// <summary>
/// One address, one file: an alias may not be written where a page or any other output of the site
/// is, nor where another alias is, nor inside a folder that is a file. Names are compared ignoring
/// letter case, as the file systems of Windows and macOS do, so a copied site stays whole there too.
/// </summary>
public static class AliasCheck
{
    /// <param name="aliases">Every alias (redirect page or copy) with the path of the file it leads to or copies.</param>
    /// <param name="outputs">Every other file of the site (pages, feeds, data, assets...) by path.</param>
    /// <param name="pages">The pages among them, to say in an error what a path is (described only for an error).</param>
    public static void Check(IReadOnlyCollection<(Model.Alias Alias, string Target)> aliases, IEnumerable<string> outputs, IReadOnlyList<PageSpec> pages,
        ErrorCollector errors)
    {
        if (aliases.Count == 0) return;
        // Each name as the site writes it, found ignoring letter case.
        var others = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in outputs) others.TryAdd(path, path);
        Dictionary<string, PageSpec>? byPath = null;
        string What(string path)
        {
            byPath ??= pages.GroupBy(p => p.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
            return byPath.TryGetValue(path, out var page)
                ? page.Body is var (_, text) ? $"the article {text.SourceFile}" : $"the {page.Kind} page {page.Path}"
                : $"the file {path}";
        }

        var claimed = new Dictionary<string, (Model.Alias Alias, string Target)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (alias, target) in aliases)
        {
            if (string.Equals(alias.OutputPath, target, StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(alias.Location, $"the alias '{alias.Address}' is the page's own address",
                    "remove it: aliases are the page's old addresses, which lead to its present one");
            }
            else if (others.TryGetValue(alias.OutputPath, out var taken))
            {
                errors.Add(alias.Location, $"the alias '{alias.Address}' would be written to {alias.OutputPath}, where {What(taken)} is written",
                    "remove the alias (that address is in use and keeps working), or, if the page there moved away, give it another address first");
            }
            else if (FolderThatIsAFile(alias.OutputPath, others) is { } file)
            {
                errors.Add(alias.Location, $"the alias '{alias.Address}' would need a folder {file}/, but {file} is a file of the site ({What(others[file])})",
                    "give the old address as it was, without a part after the file name");
            }
            else if (claimed.TryGetValue(alias.OutputPath, out var first))
            {
                var same = string.Equals(first.Alias.Address, alias.Address, StringComparison.Ordinal) ? "" : $" (as '{first.Alias.Address}', which differs only in letter case)";
                errors.Add(alias.Location,
                    $"the alias '{alias.Address}' is also an alias at {first.Alias.Location}{same}: one old address can lead to one page only",
                    $"keep it on one of them: on {first.Target} or on {target}");
            }
            else
            {
                claimed[alias.OutputPath] = (alias, target);
            }
        }
    }

    private static string? FolderThatIsAFile(string path, IReadOnlyDictionary<string, string> files)
    {
        for (var slash = path.IndexOf('/'); slash > 0; slash = path.IndexOf('/', slash + 1))
        {
            if (files.ContainsKey(path[..slash])) return path[..slash];
        }

        return null;
    }
}
