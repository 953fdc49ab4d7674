using System.Collections.Immutable;

namespace ZoneReport.Archive.Verify;

/// <summary>
/// The entry point of `zonereport verify PATH`: tells what PATH is (a BagIt bag, a built site with
/// its manifest, a WARC file, an EPUB, or a folder holding such things, like _export/) and checks it.
/// </summary>
public static class Verifier
{
    public static ImmutableArray<VerificationReport> Verify(string path, bool fast = false)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            if (File.Exists(Path.Combine(full, BagVerifier.Declaration))) return [BagVerifier.Verify(full, path, fast)];
            if (File.Exists(Path.Combine(full, SiteManifest.FileName))) return [SiteVerifier.Verify(full, path, fast)];
            var found = FindArchives(full).Select(a => VerifyOne(Path.Combine(full, a), FolderFiles.Display(path, a), fast)).ToImmutableArray();
            return found.IsEmpty ? [Nothing(path, "holds no BagIt bag, WARC file, EPUB or site manifest (manifest-sha256.txt) to verify")] : found;
        }

        return File.Exists(full) ? [VerifyOne(full, path, fast)] : [Nothing(path, "no such file or folder")];
    }

    private static VerificationReport VerifyOne(string full, string shown, bool fast)
    {
        if (Directory.Exists(full)) return BagVerifier.Verify(full, shown, fast);
        var name = Path.GetFileName(full).ToLowerInvariant();
        if (name.EndsWith(".epub", StringComparison.Ordinal)) return EpubVerifier.Verify(full, shown);
        if (name.EndsWith(".warc", StringComparison.Ordinal) || name.EndsWith(".warc.gz", StringComparison.Ordinal)) return WarcVerifier.Verify(full, shown);
        return Sniff(full) switch
        {
            "PK" => EpubVerifier.Verify(full, shown),
            "WARC" or "gzip" => WarcVerifier.Verify(full, shown),
            _ => Nothing(shown, "is neither a WARC file nor an EPUB (nor a bag or a site folder)"),
        };
    }

    /// <summary>Bags (folders with bagit.txt) and WARC and EPUB files under a folder such as _export/, not looking inside bags.</summary>
    private static List<string> FindArchives(string folder)
    {
        var found = new List<string>();
        var pending = new Stack<string>([folder]);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            foreach (var sub in Directory.EnumerateDirectories(current))
            {
                if (new DirectoryInfo(sub).Attributes.HasFlag(FileAttributes.ReparsePoint)) continue;
                if (File.Exists(Path.Combine(sub, BagVerifier.Declaration))) found.Add(Relative(sub));
                else pending.Push(sub);
            }

            found.AddRange(Directory.EnumerateFiles(current)
                .Where(f => f.EndsWith(".epub", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".warc", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase))
                .Select(Relative));
        }

        return found.Order(StringComparer.Ordinal).ToList();
        string Relative(string p) => Path.GetRelativePath(folder, p).Replace(Path.DirectorySeparatorChar, '/');
    }

    private static string Sniff(string file)
    {
        var head = new byte[5];
        using var stream = File.OpenRead(file);
        var read = stream.Read(head);
        if (read >= 2 && head[0] == 'P' && head[1] == 'K') return "PK";
        if (read >= 2 && head[0] == 0x1f && head[1] == 0x8b) return "gzip";
        return read == 5 && System.Text.Encoding.ASCII.GetString(head) == "WARC/" ? "WARC" : "";
    }

    private static VerificationReport Nothing(string shown, string why) =>
        new(shown, "path", 0, 0, "", [new VerificationProblem(shown, why)]);
}
