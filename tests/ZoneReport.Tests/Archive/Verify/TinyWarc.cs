using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace ZoneReport.Tests.Archive.Verify;

/// <summary>A small WARC 1.1 file written by the test itself: a warcinfo record and two HTTP responses, digests as warcio writes them (sha1, base 32).</summary>
public static class TinyWarc
{
    public static byte[] Record(string type, string uri, string contentType, byte[] block, bool digests = true, byte[]? payload = null)
    {
        var header = new StringBuilder();
        header.Append("WARC/1.1\r\n");
        header.Append($"WARC-Type: {type}\r\n");
        header.Append($"WARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\n");
        header.Append("WARC-Date: 2022-10-17T00:00:00Z\r\n");
        if (uri.Length > 0) header.Append($"WARC-Target-URI: {uri}\r\n");
        header.Append($"Content-Type: {contentType}\r\n");
        if (digests)
        {
            header.Append($"WARC-Block-Digest: sha1:{Base32(SHA1.HashData(block))}\r\n");
            if (payload is not null) header.Append($"WARC-Payload-Digest: sha256:{Convert.ToHexStringLower(SHA256.HashData(payload))}\r\n");
        }

        header.Append($"Content-Length: {block.Length}\r\n\r\n");
        return [.. Encoding.UTF8.GetBytes(header.ToString()), .. block, .. "\r\n\r\n"u8.ToArray()];
    }

    public static byte[] Response(string uri, string body)
    {
        var payload = Encoding.UTF8.GetBytes(body);
        var http = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {payload.Length}\r\n\r\n");
        return Record("response", uri, "application/http; msgtype=response", [.. http, .. payload], payload: payload);
    }

    public static byte[] File() =>
    [
        .. Record("warcinfo", "", "application/warc-fields", "software: test\r\nformat: WARC File Format 1.1\r\n"u8.ToArray()),
        .. Response("https://example.org/zh/index.html", "<p>226亿元</p>"),
        .. Response("https://example.org/en/index.html", "<p>CNY 22.6 billion</p>"),
    ];

    /// <summary>Each record in its own gzip member, as .warc.gz files are written.</summary>
    public static byte[] Gzipped(params byte[][] records)
    {
        var output = new MemoryStream();
        foreach (var record in records)
        {
            using var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true);
            gzip.Write(record);
        }

        return output.ToArray();
    }

    private static string Base32(byte[] bytes)
    {
        // Written out bit by bit, independently of the verifier's own encoder.
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = string.Concat(bytes.Select(b => Convert.ToString(b, 2).PadLeft(8, '0')));
        bits = bits.PadRight((bits.Length + 4) / 5 * 5, '0');
        return string.Concat(Enumerable.Range(0, bits.Length / 5).Select(i => alphabet[Convert.ToInt32(bits.Substring(i * 5, 5), 2)]));
    }
}
