using System.Collections.Immutable;
using System.ComponentModel;
using System.Diagnostics;
using ZoneReport.Diagnostics;
using ZoneReport.Engine;

namespace ZoneReport.Search;

/// <summary>
/// The optional full-text search of both languages: Pagefind (npm) indexes the built pages, with
/// Chinese word segmentation, into a static bundle under <c>pagefind/</c> that the search pages load.
/// It runs on the pages as they will be published (a temporary copy), inside the build, so the index
/// is part of the site, in its checksum manifest, and a failure leaves the last good site alone.
/// The index is made again only when a page it reads changed.
/// </summary>
public static class SearchIndex
{
    public const string Folder = "pagefind";

    /// <summary>The Pagefind release the index is made with; its output is deterministic for a given release.</summary>
    public const string PagefindVersion = "1.6.0";

    /// <summary>The site with the search bundle added: kept from the last build if no indexed page changed, else made now.</summary>
    /// <param name="publishedBytes">The bytes of a page this build did not render (unchanged since the last build).</param>
    /// <param name="tool">The program that runs Pagefind: npx, which fetches the pinned release once.</param>
    public static RenderedSite AddTo(RenderedSite site, Manifest? previous, Func<string, byte[]> publishedBytes, string workFolder, string tool = "npx")
    {
        var pages = site.Files.Keys.Where(IsIndexed).ToList();
        var fingerprint = Fingerprint(site, pages);
        var kept = previous?.Files.Where(f => f.Key.StartsWith(Folder + "/", StringComparison.Ordinal)).ToList() ?? [];
        if (kept.Count > 0 && kept.All(f => f.Value.Fingerprint == fingerprint))
        {
            return site.WithFiles(kept.Select(f => KeyValuePair.Create(f.Key, f.Value)), new Dictionary<string, byte[]>());
        }

        var bundle = Run(pages.Select(p => (p, site.Rendered.TryGetValue(p, out var bytes) ? bytes : publishedBytes(p))), workFolder, tool);
        var entries = bundle.Select(f => KeyValuePair.Create(f.Key,
            new ManifestEntry(fingerprint, [], "", SourceHashes.Hash(f.Value), f.Value.Length)));
        return site.WithFiles(entries, bundle);
    }

    /// <summary>Pages in a language folder; the landing page, the 404 pages and Pagefind's own files are not searched.</summary>
    private static bool IsIndexed(string path) =>
        path.EndsWith(".html", StringComparison.Ordinal) && path.Contains('/') && !path.EndsWith("/404.html", StringComparison.Ordinal) &&
        !path.StartsWith(Folder + "/", StringComparison.Ordinal);

    private static string Fingerprint(RenderedSite site, IEnumerable<string> pages)
    {
        var builder = new Inputs.Builder();
        builder.Add("pagefind", PagefindVersion);
        foreach (var page in pages) builder.Add(page, site.Files[page].Hash);
        return builder.Finish();
    }

    private static ImmutableSortedDictionary<string, byte[]> Run(IEnumerable<(string Path, byte[] Bytes)> pages, string workFolder, string tool)
    {
        var work = Path.Combine(workFolder, $"search-{Guid.NewGuid():N}");
        try
        {
            foreach (var (path, bytes) in pages)
            {
                var file = Path.Combine(work, path);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllBytes(file, bytes);
            }

            RunPagefind(tool, work);
            var output = Path.Combine(work, Folder);
            return Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
                .ToImmutableSortedDictionary(f => Folder + "/" + Path.GetRelativePath(output, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
        }
        finally
        {
            if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        }
    }

    private static void RunPagefind(string tool, string site)
    {
        var start = new ProcessStartInfo(tool, ["--yes", $"pagefind@{PagefindVersion}", "--site", site, "--output-subdir", Folder])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception("npx did not start");
        }
        catch (Win32Exception)
        {
            throw new BuildException(SourceLocation.PathOnly("--search"), $"search needs Node.js: '{tool}' was not found",
                "install Node.js (which brings npx), or build without --search; the site is complete without it");
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0 || !Directory.Exists(Path.Combine(site, Folder)))
            {
                var said = string.Join(" ", (stderr + stdout.Result).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(3));
                throw new BuildException(SourceLocation.PathOnly("--search"), $"Pagefind {PagefindVersion} could not index the site (exit {process.ExitCode}): {said}",
                    "check that npm can reach its registry (npx downloads Pagefind once), or build without --search");
            }
        }
    }
}
