using System.Security.Cryptography;
using System.Text;

namespace ZoneReport.Tests.Archive.Verify;

/// <summary>
/// A three-file BagIt bag written by the test itself (RFC 8493 by hand, checksums from .NET's SHA-256),
/// so the verifier is tested without the export that writes real bags.
/// </summary>
public sealed class TinyBag : IDisposable
{
    public static readonly Dictionary<string, string> Payload = new()
    {
        ["data/index.html"] = "<!doctype html><title>周口</title>\n",
        ["data/zh/index.html"] = "<p>226亿元</p>\n",
        ["data/assets/site.css"] = "body{margin:0}\n",
    };

    public TinyBag()
    {
        Folder = Path.Combine(Path.GetTempPath(), "zonereport-tests", "bag-" + Guid.NewGuid().ToString("N"));
        foreach (var (path, text) in Payload) Write(path, text);
        Write("bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
        var bytes = Payload.Values.Sum(t => Encoding.UTF8.GetByteCount(t));
        Write("bag-info.txt", $"Source-Organization: Zhoukou Daily\nPayload-Oxum: {bytes}.{Payload.Count}\n");
        Write("manifest-sha256.txt", ManifestOf(Payload.Keys));
        Write("tagmanifest-sha256.txt", ManifestOf(["bagit.txt", "bag-info.txt", "manifest-sha256.txt"]));
    }

    public string Folder { get; }

    public string PathOf(string relative) => System.IO.Path.Combine(Folder, relative);

    public void Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private string ManifestOf(IEnumerable<string> files) =>
        string.Concat(files.Order(StringComparer.Ordinal).Select(f => $"{Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(PathOf(f))))}  {f}\n"));

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
