using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using ZoneReport.Archive.Verify;
using ZoneReport.Formats;

namespace ZoneReport.Archive.Export;

/// <summary>One file as a web server serves it: its address, its Content-Type and its bytes.</summary>
public sealed record ServedFile(string TargetUri, string ContentType, byte[] Content);

/// <summary>
/// Writes a WARC 1.1 file (ISO 28500:2017): a warcinfo record, then one response record per served
/// address, each gzip-compressed on its own (the .warc.gz form replay tools read). Nothing comes
/// from the clock or chance: WARC-Date is given (a content date), record ids are UUIDs made from
/// a hash of the record, so the same files give the same bytes.
/// </summary>
public static class WarcWriter
{
    public const string SoftwareField = "software";

    public static void Write(string path, DateOnly date, string description, string isPartOf, IReadOnlyList<ServedFile> files)
    {
        var warcDate = ContentDates.Instant(date);
        using var output = File.Create(path);
        var info = Encoding.UTF8.GetBytes(
            $"{SoftwareField}: {Generator.NameAndVersion}\r\n" +
            "format: WARC File Format 1.1\r\n" +
            "conformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n" +
            $"isPartOf: {isPartOf}\r\n" +
            $"description: {description}\r\n");
        var infoId = RecordId("warcinfo", Path.GetFileName(path), info);
        Record(output,
        [
            ("WARC-Type", "warcinfo"), ("WARC-Record-ID", infoId), ("WARC-Date", warcDate),
            ("WARC-Filename", Path.GetFileName(path)), ("Content-Type", "application/warc-fields"),
        ], info);

        foreach (var file in files)
        {
            var headers = Encoding.ASCII.GetBytes(
                $"HTTP/1.1 200 OK\r\nContent-Type: {file.ContentType}\r\nContent-Length: {file.Content.Length}\r\n\r\n");
            var block = new byte[headers.Length + file.Content.Length];
            headers.CopyTo(block, 0);
            file.Content.CopyTo(block, headers.Length);
            Record(output,
            [
                ("WARC-Type", "response"), ("WARC-Record-ID", RecordId("response", file.TargetUri, block)), ("WARC-Date", warcDate),
                ("WARC-Target-URI", file.TargetUri), ("WARC-Warcinfo-ID", infoId),
                ("WARC-Payload-Digest", Digest(file.Content)), ("WARC-Identified-Payload-Type", file.ContentType.Split(';')[0]),
                ("Content-Type", "application/http;msgtype=response"),
            ], block);
        }
    }

    /// <summary>Whether a file is a WARC this tool wrote (so an export may replace it): its warcinfo names ZoneReport.</summary>
    public static bool IsOurs(string path)
    {
        try
        {
            using var stream = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            var head = new byte[1024];
            var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            return Encoding.UTF8.GetString(head, 0, read).Contains($"\r\n{SoftwareField}: {Generator.Name} ", StringComparison.Ordinal);
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static void Record(Stream output, IReadOnlyList<(string Name, string Value)> fields, byte[] block)
    {
        var head = new StringBuilder("WARC/1.1\r\n");
        foreach (var (name, value) in fields) head.Append(name).Append(": ").Append(value).Append("\r\n");
        head.Append("WARC-Block-Digest: ").Append(Digest(block)).Append("\r\n");
        head.Append("Content-Length: ").Append(block.Length).Append("\r\n\r\n");

        // One gzip member per record; CompressionLevel.Optimal and no file name or time in the header,
        // so the bytes depend on the content only.
        using var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true);
        gzip.Write(Encoding.UTF8.GetBytes(head.ToString()));
        gzip.Write(block);
        gzip.Write("\r\n\r\n"u8);
    }

    /// <summary>sha1 in base 32, the digest form every WARC reader (warcio, pywb, Heritrix) knows.</summary>
    private static string Digest(byte[] bytes) => "sha1:" + Digests.Base32(SHA1.HashData(bytes));

    /// <summary>A version-8 UUID (RFC 9562) from SHA-256 of the record's kind, address and block: stable, and distinct per record.</summary>
    public static string RecordId(string kind, string uri, byte[] block)
    {
        var hash = SHA256.HashData([.. Encoding.UTF8.GetBytes(kind + "\n" + uri + "\n"), .. block]);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return $"<urn:uuid:{new Guid(hash.AsSpan(0, 16), bigEndian: true):D}>";
    }
}
