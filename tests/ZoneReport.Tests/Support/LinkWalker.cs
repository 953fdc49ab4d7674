using AngleSharp.Html.Parser;

namespace ZoneReport.Tests.Support;

/// <summary>Finds every link, stylesheet, icon and image (src and srcset) in a built site that does not lead to a file (or anchor) in it.</summary>
public static class LinkWalker
{
    public static IReadOnlyList<string> BrokenLinks(string outputFolder, string basePath)
    {
        var parser = new HtmlParser();
        var broken = new List<string>();
        var pages = Directory.EnumerateFiles(outputFolder, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var ids = new Dictionary<string, HashSet<string>>();
        HashSet<string> IdsOf(string file)
        {
            if (!ids.TryGetValue(file, out var set))
            {
                var document = parser.ParseDocument(File.ReadAllText(file));
                ids[file] = set = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
            }

            return set;
        }

        foreach (var page in pages)
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            var references = document.QuerySelectorAll("a[href]").Select(e => e.GetAttribute("href")!)
                .Concat(document.QuerySelectorAll("link[rel=stylesheet], link[rel=icon], link[type='application/atom+xml']").Select(e => e.GetAttribute("href")!))
                .Concat(document.QuerySelectorAll("img[src]").Select(e => e.GetAttribute("src")!))
                .Concat(document.QuerySelectorAll("img[srcset], source[srcset]").SelectMany(e => SrcsetUrls(e.GetAttribute("srcset")!)));
            foreach (var reference in references)
            {
                if (reference.StartsWith("http:", StringComparison.Ordinal) || reference.StartsWith("https:", StringComparison.Ordinal) ||
                    reference.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }

                var (path, fragment) = reference.Split('#') is var parts ? (parts[0], parts.Length > 1 ? parts[1] : null) : default;
                string target;
                if (path.Length == 0) target = page;
                else if (path.StartsWith('/'))
                {
                    if (!path.StartsWith(basePath, StringComparison.Ordinal)) { broken.Add($"{page}: {reference} (outside the site)"); continue; }
                    target = Path.GetFullPath(Path.Combine(outputFolder, path[basePath.Length..]));
                }
                else target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, path));

                if (!File.Exists(target)) broken.Add($"{Path.GetRelativePath(outputFolder, page)}: {reference}");
                else if (fragment is not null && target.EndsWith(".html", StringComparison.Ordinal) && !IdsOf(target).Contains(Uri.UnescapeDataString(fragment)))
                {
                    broken.Add($"{Path.GetRelativePath(outputFolder, page)}: {reference} (no such anchor)");
                }
            }
        }

        return broken;
    }

    /// <summary>The addresses of a srcset ("a.jpg 360w, b.jpg 720w").</summary>
    public static IEnumerable<string> SrcsetUrls(string srcset) =>
        srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(candidate => candidate.Split(' ')[0]);
}
