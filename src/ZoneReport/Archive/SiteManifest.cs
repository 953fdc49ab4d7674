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
        var lines = new string[files.Count];
        Parallel.For(0, files.Count, i => lines[i] = $"{FolderFiles.Sha256Hex(Path.Combine(siteFolder, files[i]))}  {files[i]}\n");
        var text = new StringBuilder();
        foreach (var line in lines) text.Append(line);
        return text.ToString();
    }
}
