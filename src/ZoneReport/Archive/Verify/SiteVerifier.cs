namespace ZoneReport.Archive.Verify;

/// <summary>Checks a built site against the manifest-sha256.txt its build wrote: every checksum, no file missing, none extra.</summary>
public static class SiteVerifier
{
    /// <param name="fast">Only compare the file list (missing and extra files), without reading the files.</param>
    public static VerificationReport Verify(string siteFolder, string shownPath, bool fast = false)
    {
        var problems = new ProblemList();
        string Show(string relative) => FolderFiles.Display(shownPath, relative);
        var entries = ChecksumManifest.Read(Path.Combine(siteFolder, SiteManifest.FileName), Show(SiteManifest.FileName), percentDecoded: false, problems);
        var present = FolderFiles.List(siteFolder).Where(f => f != SiteManifest.FileName).ToList();
        var listed = entries.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var file in present.Where(f => !listed.Contains(f)))
        {
            problems.Add(Show(file), $"extra file: not listed in {SiteManifest.FileName}, so the build did not write it");
        }

        long bytes = 0;
        Parallel.ForEach(entries, entry =>
        {
            var file = Path.Combine(siteFolder, entry.Path);
            if (!File.Exists(file))
            {
                problems.Add(Show(entry.Path), $"missing file: listed in {SiteManifest.FileName} (line {entry.Line}) but not in the site");
                return;
            }

            Interlocked.Add(ref bytes, new FileInfo(file).Length);
            if (fast) return;
            var actual = FolderFiles.Sha256Hex(file);
            if (!actual.Equals(entry.Checksum, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(Show(entry.Path), $"sha256 checksum differs: {SiteManifest.FileName} line {entry.Line} says {entry.Checksum}, the file has {actual} (changed or damaged)");
            }
        });

        var what = fast ? $"every file of {SiteManifest.FileName} present, none extra (fast: checksums not read)" : $"{entries.Length} sha256 checksums of {SiteManifest.FileName} match, no file missing or extra";
        return new VerificationReport(shownPath, "site", present.Count, bytes, what, problems.Sorted());
    }
}
