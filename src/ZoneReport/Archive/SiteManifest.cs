using System.Text;
using ZoneReport.Archive.Verify;

namespace ZoneReport.Archive;

/// <summary>
/// manifest-sha256.txt, which every build writes into the site folder so that `verify` can show
/// years later that a copy of the site holds exactly the files that were published: one line
/// "&lt;sha256-hex&gt;  &lt;path&gt;" per file except itself, sorted by ordinal path, '\n' line ends
/// (the form of a BagIt manifest, so sha256sum -c reads it too).
/// </summary>
public static class SiteManifest
{
    public const string FileName = "manifest-sha256.txt";

    /// <summary>The manifest of every file now in <paramref name="siteFolder"/>, hashed in parallel.</summary>
    public static string For(string siteFolder)
    {
        var files = FolderFiles.List(siteFolder).Where(f => f != FileName).ToList();
        var hashes = new string[files.Count];
        Parallel.For(0, files.Count, i => hashes[i] = FolderFiles.Sha256Hex(Path.Combine(siteFolder, files[i])));
        return For(files.Select((f, i) => KeyValuePair.Create(f, hashes[i])));
    }

    /// <summary>The manifest of files whose hashes are known already (the build engine keeps them): path to SHA-256 hex.</summary>
    public static string For(IEnumerable<KeyValuePair<string, string>> hashes)
    {
        var text = new StringBuilder();
        foreach (var (path, hash) in hashes.Where(h => h.Key != FileName).OrderBy(h => h.Key, StringComparer.Ordinal))
        {
            text.Append(hash).Append("  ").Append(path).Append('\n');
        }

        return text.ToString();
    }
}
