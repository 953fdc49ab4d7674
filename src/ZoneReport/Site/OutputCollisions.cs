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
        var outputs = pages.Select(p => (p.Path, What: Describe(p), Where: Source(p)))
            .Concat(assets.Files.Values.Select(a => (a.Path, What: $"the asset {a.Path}", Where: SourceLocation.FileOnly($"{TemplateSet.Folder}/assets"))))
            .Concat(images.DistinctBy(i => (i.Path, Convert.ToHexString(i.Content))).Select(i => (i.Path, What: $"the photo file {i.Path}", Where: SourceLocation.FileOnly(i.Path))))
            .Append((Path: Sitemap.SitemapPath, What: "the sitemap", Where: SourceLocation.FileOnly("site.yml")))
            .Append((Path: Sitemap.RobotsPath, What: "robots.txt", Where: SourceLocation.FileOnly("site.yml")));
        foreach (var group in outputs.GroupBy(o => o.Path, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var all = group.ToList();
            foreach (var other in all.Skip(1))
            {
                if (errors.HasErrorsIn(other.Where.File)) continue;
                errors.Add(other.Where, $"{other.What} and {all[0].What} (from {all[0].Where}) would both be written to {group.Key}",
                    "give one of them another name or slug");
            }
        }
    }

    private static string Describe(PageSpec page) => page.Body is var (_, text) ? $"the article {text.SourceFile}" : $"the {page.Kind} page '{page.Title}'";

    private static SourceLocation Source(PageSpec page) =>
        page.Body is var (_, text) ? SourceLocation.FileOnly(text.SourceFile) : SourceLocation.FileOnly("site.yml");
}
