namespace ZoneReport.Output;

/// <summary>
/// Folders a killed build leaves beside the output folder: <c>._site.staging-*</c> (a new site
/// not yet swapped in, or after a swap the old one) and <c>._site.old-*</c> (the old site, where
/// the folders are swapped with two renames). Each is removed by the next build, but only when it
/// proves to be ZoneReport's: it holds the <see cref="SiteMarker"/>, or nothing at all.
/// </summary>
public static class Leftovers
{
    /// <summary>The start of the names of the hidden folders beside <paramref name="outputFolder"/>.</summary>
    public static string Prefix(string outputFolder) => $".{Path.GetFileName(outputFolder)}.";

    public static IReadOnlyList<string> Find(string outputFolder)
    {
        var parent = Path.GetDirectoryName(outputFolder);
        if (parent is null || !Directory.Exists(parent)) return [];
        var prefix = Prefix(outputFolder);
        return new DirectoryInfo(parent).EnumerateDirectories(prefix + "*")
            .Where(d => d.Name.StartsWith(prefix + "staging-", StringComparison.Ordinal) || d.Name.StartsWith(prefix + "old-", StringComparison.Ordinal))
            .Where(IsOurs)
            .Select(d => d.FullName)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Deletes every leftover of earlier builds. Call only while holding the site's <see cref="BuildLock"/>.</summary>
    public static void Remove(string outputFolder)
    {
        foreach (var folder in Find(outputFolder))
        {
            try
            {
                StagingFolder.DeleteTree(folder);
            }
            catch (Exception e) when (Diagnostics.IoErrors.IsIo(e))
            {
                // Not this build's failure: it is tried again next time.
            }
        }
    }

    /// <summary>A link of our name (a site that was a link, swapped away) only loses the link; its target stays.</summary>
    private static bool IsOurs(DirectoryInfo folder) =>
        StagingFolder.IsLink(folder) || SiteMarker.IsIn(folder.FullName) || !folder.EnumerateFileSystemInfos().Any();
}
