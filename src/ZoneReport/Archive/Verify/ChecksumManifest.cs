using System.Collections.Immutable;

namespace ZoneReport.Archive.Verify;

/// <summary>One line of a checksum manifest: "checksum  path".</summary>
internal sealed record ManifestEntry(string Checksum, string Path, int Line);

/// <summary>
/// Reads the "checksum  path" manifests that BagIt (RFC 8493 §2.1.3) and the built site's
/// manifest-sha256.txt share. Paths use '/', relative to the folder holding the manifest.
/// </summary>
internal static class ChecksumManifest
{
    /// <param name="percentDecoded">BagIt writes CR, LF and '%' in paths as %0D, %0A and %25.</param>
    public static ImmutableArray<ManifestEntry> Read(string file, string displayName, bool percentDecoded, ProblemList problems)
    {
        var entries = ImmutableArray.CreateBuilder<ManifestEntry>();
        var lines = File.ReadAllText(file).Split('\n');
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0) continue;
            var gap = line.IndexOfAny([' ', '\t']);
            if (gap <= 0 || line[gap..].Trim().Length == 0)
            {
                problems.Add(displayName, $"line {i + 1}: expected 'checksum  path', found '{Shorten(line)}'");
                continue;
            }

            var path = line[gap..].TrimStart(' ', '\t');
            if (percentDecoded) path = PercentDecode(path);
            if (path.StartsWith('/') || path.Split('/').Any(part => part is ".." or "." or ""))
            {
                problems.Add(displayName, $"line {i + 1}: '{path}' is not a plain relative path inside the folder");
                continue;
            }

            if (seen.TryGetValue(path, out var earlier))
            {
                problems.Add(displayName, $"line {i + 1}: '{path}' is listed twice (first on line {earlier})");
                continue;
            }

            seen[path] = i + 1;
            entries.Add(new ManifestEntry(line[..gap], path, i + 1));
        }

        return entries.ToImmutable();
    }

    private static string PercentDecode(string path) =>
        path.Replace("%0A", "\n", StringComparison.OrdinalIgnoreCase)
            .Replace("%0D", "\r", StringComparison.OrdinalIgnoreCase)
            .Replace("%25", "%", StringComparison.Ordinal);

    private static string Shorten(string line) => line.Length <= 60 ? line : line[..57] + "...";
}
