using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ZoneReport.Archive.Export;

/// <summary>One file of a bag's payload: its path under data/ and where its bytes are now.</summary>
public sealed record PayloadFile(string BagPath, string SourcePath);

/// <summary>
/// Writes a BagIt bag (RFC 8493, version 1.0) into an empty folder: the payload under data/,
/// bagit.txt, bag-info.txt (with Payload-Oxum), manifest-sha256.txt and tagmanifest-sha256.txt.
/// Every line ends in \n and every list is sorted, so the same files give the same bag.
/// </summary>
public static class BagWriter
{
    public const string SoftwareLabel = "Bag-Software-Agent";

    /// <param name="info">bag-info.txt entries in order (labels may repeat); Payload-Oxum and Bag-Size are added.</param>
    public static void Write(string bagFolder, IReadOnlyList<PayloadFile> payload, IReadOnlyList<(string Label, string Value)> info)
    {
        var manifest = new StringBuilder();
        long bytes = 0;
        foreach (var file in payload.OrderBy(p => p.BagPath, StringComparer.Ordinal))
        {
            var content = File.ReadAllBytes(file.SourcePath);
            var target = Path.Combine(bagFolder, "data", file.BagPath);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, content);
            bytes += content.Length;
            manifest.Append(Convert.ToHexStringLower(SHA256.HashData(content))).Append("  data/").Append(EncodePath(file.BagPath)).Append('\n');
        }

        var tags = new StringBuilder();
        foreach (var (label, value) in info) tags.Append(label).Append(": ").Append(value).Append('\n');
        tags.Append("Payload-Oxum: ").Append(bytes).Append('.').Append(payload.Count).Append('\n');
        tags.Append("Bag-Size: ").Append(Size(bytes)).Append('\n');

        var tagFiles = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["bagit.txt"] = Encoding.UTF8.GetBytes("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"),
            ["bag-info.txt"] = Encoding.UTF8.GetBytes(tags.ToString()),
            ["manifest-sha256.txt"] = Encoding.UTF8.GetBytes(manifest.ToString()),
        };
        var tagManifest = new StringBuilder();
        foreach (var (name, content) in tagFiles)
        {
            File.WriteAllBytes(Path.Combine(bagFolder, name), content);
            tagManifest.Append(Convert.ToHexStringLower(SHA256.HashData(content))).Append("  ").Append(name).Append('\n');
        }

        File.WriteAllText(Path.Combine(bagFolder, "tagmanifest-sha256.txt"), tagManifest.ToString());
    }

    /// <summary>Whether a folder is a bag this tool wrote (so an export may replace it).</summary>
    public static bool IsOurs(string bagFolder)
    {
        var info = Path.Combine(bagFolder, "bag-info.txt");
        return File.Exists(info) && File.ReadLines(info).Any(l => l.StartsWith($"{SoftwareLabel}: {Formats.Generator.Name} ", StringComparison.Ordinal));
    }

    /// <summary>RFC 8493 §2.1.3: CR, LF and % in a manifest path are percent-encoded.</summary>
    private static string EncodePath(string path) => path.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Size(long bytes) => bytes switch
    {
        >= 1_000_000_000 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e9:0.0} GB"),
        >= 1_000_000 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e6:0.0} MB"),
        >= 1_000 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e3:0.0} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };
}
