using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace ZoneReport.Archive.Verify;

/// <summary>
/// Reads a WARC file (1.0 or 1.1, plain or gzip-compressed record by record) from start to end and
/// checks each record: the version line, the mandatory fields, a Content-Length the block really
/// has, the CRLF CRLF that ends it, and WARC-Block-Digest and WARC-Payload-Digest where given.
/// </summary>
public static class WarcVerifier
{
    private static readonly string[] Mandatory = ["WARC-Record-ID", "Content-Length", "WARC-Date", "WARC-Type"];

    public static VerificationReport Verify(string file, string shownPath)
    {
        var problems = new ProblemList();
        long records = 0, digestsChecked = 0;
        var types = new SortedDictionary<string, int>(StringComparer.Ordinal);
        try
        {
            using var raw = File.OpenRead(file);
            using var reader = new WarcStream(IsGzip(file) ? new GZipStream(raw, CompressionMode.Decompress) : raw);
            while (!reader.AtEnd)
            {
                records++;
                var record = ReadRecord(reader, records, shownPath, problems);
                if (record is null) break;
                types[record.Type] = types.GetValueOrDefault(record.Type) + 1;
                digestsChecked += CheckDigests(record, shownPath, problems);
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            problems.Add(shownPath, $"record {records}: the file cannot be read further ({e.Message}); it is damaged or truncated");
        }

        if (records == 0) problems.Add(shownPath, "empty: a WARC file holds at least one record");
        var summary = string.Join(", ", types.Select(t => $"{t.Value} {t.Key}"));
        return new VerificationReport(shownPath, "WARC", records, new FileInfo(file).Length,
            $"{records} records ({summary}), structure and Content-Length of each, {digestsChecked} digests match", problems.Sorted());
    }

    private sealed record WarcRecord(long Number, long Offset, string Type, string Id, Dictionary<string, string> Fields, byte[] Block);

    private static WarcRecord? ReadRecord(WarcStream reader, long number, string shown, ProblemList problems)
    {
        var offset = reader.Position;
        string Where(string id = "") => $"record {number} (at byte {offset}{(id.Length > 0 ? ", " + id : "")})";
        var version = reader.ReadLine(out var bareLf);
        if (version is null || !version.StartsWith("WARC/", StringComparison.Ordinal))
        {
            problems.Add(shown, $"{Where()}: expected a version line 'WARC/1.1', found '{Shorten(version ?? "")}'; the file is damaged or not a WARC file");
            return null;
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (true)
        {
            var line = reader.ReadLine(out var lf);
            bareLf |= lf;
            if (line is null)
            {
                problems.Add(shown, $"{Where()}: truncated inside the header (no blank line after the fields)");
                return null;
            }

            if (line.Length == 0) break;
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                problems.Add(shown, $"{Where()}: header line '{Shorten(line)}' is not 'Name: value'");
                continue;
            }

            fields.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
        }

        var id = fields.GetValueOrDefault("WARC-Record-ID", "");
        if (bareLf) problems.Add(shown, $"{Where(id)}: header lines must end with CR LF, some end with LF only");
        foreach (var name in Mandatory.Where(n => !fields.ContainsKey(n)))
        {
            problems.Add(shown, $"{Where(id)}: the mandatory field {name} is missing");
        }

        var type = fields.GetValueOrDefault("WARC-Type", "(no type)");
        if (type is "response" or "request" or "resource" or "revisit" && !fields.ContainsKey("WARC-Target-URI"))
        {
            problems.Add(shown, $"{Where(id)}: a {type} record needs WARC-Target-URI");
        }

        if (fields.TryGetValue("WARC-Date", out var date) && !DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
        {
            problems.Add(shown, $"{Where(id)}: WARC-Date '{date}' is not a W3C date-time");
        }

        if (!long.TryParse(fields.GetValueOrDefault("Content-Length"), NumberStyles.None, CultureInfo.InvariantCulture, out var length) || length > int.MaxValue)
        {
            problems.Add(shown, $"{Where(id)}: Content-Length '{fields.GetValueOrDefault("Content-Length")}' is not a byte count; the rest of the file cannot be read");
            return null;
        }

        var block = reader.ReadBytes((int)length);
        if (block.Length < length)
        {
            problems.Add(shown, $"{Where(id)}: truncated: Content-Length says {length} bytes, the file ends after {block.Length}");
            return null;
        }

        var end = reader.ReadBytes(4);
        if (end.Length < 4 || end[0] != '\r' || end[1] != '\n' || end[2] != '\r' || end[3] != '\n')
        {
            problems.Add(shown, end.Length < 4
                ? $"{Where(id)}: truncated: the record does not end with CR LF CR LF"
                : $"{Where(id)}: the block is longer than Content-Length ({length}) says, or the record does not end with CR LF CR LF");
            return null;
        }

        return new WarcRecord(number, offset, type, id, fields, block);
    }

    /// <returns>How many digests were checked and found right.</returns>
    private static int CheckDigests(WarcRecord record, string shown, ProblemList problems)
    {
        var matched = 0;
        var where = $"record {record.Number} (at byte {record.Offset}, {record.Id})";
        if (record.Fields.TryGetValue("WARC-Block-Digest", out var blockDigest))
        {
            matched += Check("WARC-Block-Digest", blockDigest, [record.Block]);
        }

        if (record.Fields.TryGetValue("WARC-Payload-Digest", out var payloadDigest))
        {
            var payloads = Payloads(record);
            if (payloads.Count == 0)
            {
                problems.Add(shown, $"{where}: WARC-Payload-Digest given but the HTTP message has no end of headers, so there is no payload");
            }
            else
            {
                matched += Check("WARC-Payload-Digest", payloadDigest, payloads);
            }
        }

        return matched;

        int Check(string field, string value, IReadOnlyList<byte[]> candidates)
        {
            var colon = value.IndexOf(':');
            var hash = colon > 0 ? Digests.Algorithm(value[..colon]) : null;
            if (hash is null)
            {
                problems.Add(shown, $"{where}: {field} '{value}' names no algorithm this tool knows (sha1, sha256, sha512, md5)");
                return 0;
            }

            if (candidates.Any(c => Digests.Matches(value[(colon + 1)..], hash(c)))) return 1;
            problems.Add(shown, $"{where}: {field} does not match the {(field == "WARC-Block-Digest" ? "block" : "payload")} ({value}); the record was changed or damaged");
            return 0;
        }
    }

    /// <summary>
    /// The payload a WARC-Payload-Digest covers: for an HTTP message the entity after its headers (with a
    /// chunked transfer coding, both the bytes as sent and the de-chunked body are accepted, as writers differ); otherwise the block.
    /// </summary>
    private static List<byte[]> Payloads(WarcRecord record)
    {
        var contentType = record.Fields.GetValueOrDefault("Content-Type", "");
        if (!contentType.StartsWith("application/http", StringComparison.OrdinalIgnoreCase)) return [record.Block];
        var end = record.Block.AsSpan().IndexOf("\r\n\r\n"u8);
        if (end < 0) return [];
        var body = record.Block[(end + 4)..];
        var headers = Encoding.Latin1.GetString(record.Block, 0, end);
        var chunked = headers.Split("\r\n").Any(h => h.StartsWith("Transfer-Encoding:", StringComparison.OrdinalIgnoreCase) && h.Contains("chunked", StringComparison.OrdinalIgnoreCase));
        return chunked && Dechunk(body) is { } plain ? [body, plain] : [body];
    }

    private static byte[]? Dechunk(byte[] body)
    {
        var output = new MemoryStream();
        var position = 0;
        while (position < body.Length)
        {
            var lineEnd = body.AsSpan(position).IndexOf("\r\n"u8);
            if (lineEnd < 0) return null;
            var sizeText = Encoding.ASCII.GetString(body, position, lineEnd).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var size)) return null;
            position += lineEnd + 2;
            if (size == 0) return output.ToArray();
            if (position + size > body.Length) return null;
            output.Write(body, position, size);
            position += size + 2;
        }

        return null;
    }

    private static bool IsGzip(string file)
    {
        using var stream = File.OpenRead(file);
        return stream.ReadByte() == 0x1f && stream.ReadByte() == 0x8b;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";
}
