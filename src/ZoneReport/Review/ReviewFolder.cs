using ZoneReport.Diagnostics;

namespace ZoneReport.Review;

/// <summary>
/// Writes the review pages into a folder of their own (`build --review DIR`). The folder is marked as
/// made by ZoneReport; a folder that holds other files and no mark is never written into, and only
/// files of an earlier review are replaced. The published site's folder is refused: reviews are for
/// the newsroom, not for readers.
/// </summary>
public static class ReviewFolder
{
    public const string Marker = ".zonereport-review";

    /// <returns>How many pages were written.</returns>
    public static int Write(string folder, string siteOutputFolder, IReadOnlyDictionary<string, string> pages)
    {
        var root = Path.GetFullPath(folder);
        var site = Path.GetFullPath(siteOutputFolder);
        if (IsInside(root, site) || IsInside(site, root))
        {
            throw new BuildException(SourceLocation.FileOnly(folder), "the review pages cannot go into the published site's folder (or around it)",
                "give --review a folder of its own, e.g. --review _review");
        }

        var marker = Path.Combine(root, Marker);
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any() && !File.Exists(marker))
        {
            throw new BuildException(SourceLocation.FileOnly(folder), $"'{folder}' holds files that ZoneReport did not write",
                "give --review an empty or new folder; ZoneReport only replaces a review folder it made itself");
        }

        if (Directory.Exists(root))
        {
            foreach (var old in Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories)) File.Delete(old);
        }

        Directory.CreateDirectory(root);
        File.WriteAllText(marker, "Translation review pages written by ZoneReport (`build --review`). Not part of the published site.\n");
        foreach (var (path, html) in pages)
        {
            var target = Path.GetFullPath(Path.Combine(root, path));
            if (!IsInside(target, root)) throw new InvalidOperationException($"review page path '{path}' leaves the review folder");
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, html);
        }

        return pages.Count;
    }

    private static bool IsInside(string path, string folder) =>
        path == folder || path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
