using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace ZoneReport.Archive.Verify;

/// <summary>
/// Checks a BagIt bag (RFC 8493): bagit.txt, every payload manifest and tag manifest checksum,
/// every payload file listed in every payload manifest and every listed file present, and
/// Payload-Oxum. The fast check, like the Library of Congress tool's, compares Payload-Oxum only.
/// </summary>
public static partial class BagVerifier
{
    public const string Declaration = "bagit.txt";

    public static VerificationReport Verify(string bagFolder, string shownPath, bool fast = false)
    {
        var problems = new ProblemList();
        string Show(string relative) => FolderFiles.Display(shownPath, relative);

        var declaration = Path.Combine(bagFolder, Declaration);
        if (!File.Exists(declaration))
        {
            problems.Add(Show(Declaration), "missing: every bag begins with bagit.txt (BagIt-Version and Tag-File-Character-Encoding)");
            return new VerificationReport(shownPath, "bag", 0, 0, "", problems.Sorted());
        }

        var version = TagFile.Read(declaration, Show(Declaration), problems);
        if (!version.ContainsKey("BagIt-Version")) problems.Add(Show(Declaration), "no BagIt-Version line");
        if (!version.ContainsKey("Tag-File-Character-Encoding")) problems.Add(Show(Declaration), "no Tag-File-Character-Encoding line");

        var payload = FolderFiles.List(bagFolder, "data");
        var sizes = payload.ToDictionary(p => p, p => new FileInfo(Path.Combine(bagFolder, p)).Length, StringComparer.Ordinal);
        var payloadBytes = sizes.Values.Sum();
        var checkedParts = new List<string>();

        var info = File.Exists(Path.Combine(bagFolder, "bag-info.txt"))
            ? TagFile.Read(Path.Combine(bagFolder, "bag-info.txt"), Show("bag-info.txt"), problems)
            : ImmutableDictionary<string, string>.Empty;
        if (info.TryGetValue("Payload-Oxum", out var oxum))
        {
            var match = OxumPattern().Match(oxum);
            if (!match.Success)
            {
                problems.Add(Show("bag-info.txt"), $"Payload-Oxum '{oxum}' is not 'bytes.files'");
            }
            else if (long.Parse(match.Groups[1].Value) != payloadBytes || long.Parse(match.Groups[2].Value) != payload.Count)
            {
                problems.Add(Show("bag-info.txt"), $"Payload-Oxum says {match.Groups[1].Value} bytes in {match.Groups[2].Value} files; data/ holds {payloadBytes} bytes in {payload.Count} files");
            }
            else
            {
                checkedParts.Add("Payload-Oxum");
            }
        }
        else if (fast)
        {
            problems.Add(Show("bag-info.txt"), "no Payload-Oxum, so --fast has nothing to compare; verify without --fast");
        }

        if (!fast)
        {
            CheckManifests(bagFolder, Show, payload, problems, checkedParts);
        }

        var checkedText = checkedParts.Count == 0 ? "" : string.Join(", ", checkedParts) + " match" + (fast ? " (fast: checksums not read)" : "");
        return new VerificationReport(shownPath, "bag", payload.Count, payloadBytes, checkedText, problems.Sorted());
    }

    private static void CheckManifests(string bagFolder, Func<string, string> show, List<string> payload, ProblemList problems, List<string> checkedParts)
    {
        var topFiles = Directory.EnumerateFiles(bagFolder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        var payloadManifests = topFiles.Where(f => f.StartsWith("manifest-", StringComparison.Ordinal) && f.EndsWith(".txt", StringComparison.Ordinal)).ToList();
        var tagManifests = topFiles.Where(f => f.StartsWith("tagmanifest-", StringComparison.Ordinal) && f.EndsWith(".txt", StringComparison.Ordinal)).ToList();
        if (payloadManifests.Count == 0)
        {
            problems.Add(show("manifest-sha256.txt"), "missing: a bag needs at least one payload manifest");
        }

        foreach (var manifest in payloadManifests)
        {
            var algorithm = manifest["manifest-".Length..^".txt".Length];
            if (ReadManifest(bagFolder, manifest, algorithm, show, problems) is not { } entries) continue;
            foreach (var entry in entries.Where(e => !e.Path.StartsWith("data/", StringComparison.Ordinal)))
            {
                problems.Add(show(manifest), $"line {entry.Line}: '{entry.Path}' is outside data/; a payload manifest lists payload files only");
            }

            CompareChecksums(bagFolder, manifest, algorithm, entries.Where(e => e.Path.StartsWith("data/", StringComparison.Ordinal)), show, problems);
            var listed = entries.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
            foreach (var file in payload.Where(f => !listed.Contains(f)))
            {
                problems.Add(show(file), $"extra file: in data/ but not listed in {manifest}");
            }

            checkedParts.Add($"{manifest} ({entries.Length} checksums)");
        }

        var tagFiles = FolderFiles.List(bagFolder).Where(f => !f.StartsWith("data/", StringComparison.Ordinal)).ToList();
        foreach (var manifest in tagManifests)
        {
            var algorithm = manifest["tagmanifest-".Length..^".txt".Length];
            if (ReadManifest(bagFolder, manifest, algorithm, show, problems) is not { } entries) continue;
            foreach (var entry in entries.Where(e => e.Path.StartsWith("data/", StringComparison.Ordinal) || tagManifests.Contains(e.Path)))
            {
                problems.Add(show(manifest), $"line {entry.Line}: '{entry.Path}' is not a tag file a tag manifest may list");
            }

            CompareChecksums(bagFolder, manifest, algorithm, entries, show, problems);
            var listed = entries.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
            foreach (var file in tagFiles.Where(f => !listed.Contains(f) && !tagManifests.Contains(f)))
            {
                problems.Add(show(file), $"extra file: a tag file not listed in {manifest}");
            }

            checkedParts.Add($"{manifest} ({entries.Length} checksums)");
        }

        if (tagManifests.Count == 0)
        {
            var known = new HashSet<string>(payloadManifests, StringComparer.Ordinal) { Declaration, "bag-info.txt", "fetch.txt" };
            foreach (var file in tagFiles.Where(f => !known.Contains(f)))
            {
                problems.Add(show(file), "extra file: not payload (outside data/) and no tag manifest lists it");
            }
        }

    }

    private static ImmutableArray<ManifestEntry>? ReadManifest(string bagFolder, string manifest, string algorithm, Func<string, string> show, ProblemList problems)
    {
        if (Digests.Algorithm(algorithm) is null)
        {
            problems.Add(show(manifest), $"unsupported checksum algorithm '{algorithm}' (md5, sha1, sha256, sha384 and sha512 can be checked)");
            return null;
        }

        return ChecksumManifest.Read(Path.Combine(bagFolder, manifest), show(manifest), percentDecoded: true, problems);
    }

    private static void CompareChecksums(string bagFolder, string manifest, string algorithm, IEnumerable<ManifestEntry> entries, Func<string, string> show, ProblemList problems)
    {
        Parallel.ForEach(entries, entry =>
        {
            var file = Path.Combine(bagFolder, entry.Path);
            if (!File.Exists(file))
            {
                problems.Add(show(entry.Path), $"missing file: listed in {manifest} (line {entry.Line}) but not in the bag");
                return;
            }

            var actual = Digests.Hex(FolderFiles.Hash(file, algorithm));
            if (!actual.Equals(entry.Checksum, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(show(entry.Path), $"{algorithm} checksum differs: {manifest} line {entry.Line} says {entry.Checksum}, the file has {actual} (changed or damaged)");
            }
        });
    }

    [GeneratedRegex(@"^\s*(\d+)\.(\d+)\s*$")]
    private static partial Regex OxumPattern();
}
