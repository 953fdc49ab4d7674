using ZoneReport.Diagnostics;
using ZoneReport.Images;
using ZoneReport.Rendering;

namespace ZoneReport.Site;

/// <summary>
/// The last guard of "one page, one address": no two outputs may be written to the same path.
/// Articles sharing a slug are caught earlier with both slug lines (Content.ArticleAddresses); this
/// catches every other pair, such as a page and an asset or a resized photo.
/// </summary>
public static class OutputCollisions
{
    public static void Check(IReadOnlyList<PageSpec> pages, Assets assets, IEnumerable<ImageFile> images, ErrorCollector errors)
    {
        // What each output is, described only for a path written twice (tens of thousands of outputs, almost never two on one path).
        var outputs = pages.Select(p => (p.Path, What: (Func<string>)(() => Describe(p)), Where: (Func<SourceLocation>)(() => Source(p))))
            .Concat(assets.Files.Values.Select(a => (a.Path, What: Text($"the asset {a.Path}"), Where: At(SourceLocation.FileOnly($"{TemplateSet.Folder}/assets")))))
            .Concat(DistinctPhotos(images).Select(i => (i.Path, What: Text($"the photo file {i.Path}"), Where: At(SourceLocation.FileOnly(i.Path)))))
            .Append((Path: Sitemap.SitemapPath, What: Text("the sitemap"), Where: At(SourceLocation.FileOnly("site.yml"))))
            .Append((Path: Sitemap.RobotsPath, What: Text("robots.txt"), Where: At(SourceLocation.FileOnly("site.yml"))))
            .ToList();
        var count = new Dictionary<string, int>(outputs.Count, StringComparer.Ordinal);
        foreach (var output in outputs) count[output.Path] = count.GetValueOrDefault(output.Path) + 1;
        if (count.Count == outputs.Count) return;
        foreach (var group in outputs.Where(o => count[o.Path] > 1).GroupBy(o => o.Path, StringComparer.Ordinal))
        {
            var all = group.ToList();
            foreach (var other in all.Skip(1))
            {
                var where = other.Where();
                if (errors.HasErrorsIn(where.File)) continue;
                errors.Add(where, $"{other.What()} and {all[0].What()} (from {all[0].Where()}) would both be written to {group.Key}",
                    "give one of them another name or slug");
            }
        }
    }

    private static Func<string> Text(string text) => () => text;

    private static Func<SourceLocation> At(SourceLocation location) => () => location;

    /// <summary>The photo files, one per path and content: a file made twice with the same bytes is one output.</summary>
    private static IEnumerable<ImageFile> DistinctPhotos(IEnumerable<ImageFile> images)
    {
        foreach (var group in images.GroupBy(i => i.Path, StringComparer.Ordinal))
        {
            var distinct = new List<ImageFile>();
            foreach (var image in group)
            {
                if (!distinct.Any(d => d.Content.AsSpan().SequenceEqual(image.Content))) distinct.Add(image);
            }

            foreach (var image in distinct) yield return image;
        }
    }

    private static string Describe(PageSpec page) => page.Body is var (_, text) ? $"the article {text.SourceFile}" : $"the {page.Kind} page '{page.Title}'";

    private static SourceLocation Source(PageSpec page) =>
        page.Body is var (_, text) ? SourceLocation.FileOnly(text.SourceFile) : SourceLocation.FileOnly("site.yml");
}
