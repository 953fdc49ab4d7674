using System.Security.Cryptography;

namespace ZoneReport.Archive.Verify;

/// <summary>Files of a folder by their '/'-separated relative paths, and their checksums.</summary>
internal static class FolderFiles
{
    /// <summary>Every file under <paramref name="folder"/> (following no links to folders), sorted by ordinal path.</summary>
    public static List<string> List(string folder, string under = "")
    {
        var root = Path.Combine(folder, under);
        if (!Directory.Exists(root)) return [];
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = false };
        return Directory.EnumerateFiles(root, "*", options)
            .Select(file => Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public static byte[] Hash(string file, string algorithm)
    {
        using var hash = Digests.Incremental(algorithm) ?? throw new ArgumentException($"unsupported algorithm {algorithm}", nameof(algorithm));
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var buffer = new byte[1 << 16];
        int read;
        while ((read = stream.Read(buffer)) > 0) hash.AppendData(buffer, 0, read);
        return hash.GetHashAndReset();
    }

    public static string Sha256Hex(string file) => Convert.ToHexStringLower(Hash(file, "sha256"));

    public static string Sha256Hex(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>How a path is shown in a report: below the folder the user named, with '/'.</summary>
    public static string Display(string shownRoot, string relative) =>
        shownRoot.Length == 0 || shownRoot == "." ? relative : shownRoot.TrimEnd('/', Path.DirectorySeparatorChar).Replace(Path.DirectorySeparatorChar, '/') + "/" + relative;
}
