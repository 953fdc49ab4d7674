using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Text;

namespace ZoneReport.Engine;

/// <summary>
/// One source folder's entries of the <see cref="ParseCache"/>, as one file: "ZRPC", the cache's
/// version, the entries (key, file hash, the record's bytes), and the XXH3 checksum of all that. Each
/// entry's bytes are decoded only when asked for.
/// </summary>
internal sealed class ParsePack(Dictionary<string, (string Hash, ArraySegment<byte> Value)> kept)
{
    private static ReadOnlySpan<byte> Magic => "ZRPC"u8;

    private readonly ConcurrentDictionary<string, (string Hash, ArraySegment<byte> Value)> _now = new(StringComparer.Ordinal);
    private int _hits, _fresh;

    public int Hits => _hits;
    public int Fresh => _fresh;

    /// <summary>Something was parsed again, or an entry of the last build was not used (a file gone): the pack is written.</summary>
    public bool Changed => _fresh > 0 || _now.Count != kept.Count;

    /// <summary>The pack at <paramref name="path"/>, or an empty one when it is missing, damaged or of another version.</summary>
    public static ParsePack Load(string path, string version)
    {
        var entries = new Dictionary<string, (string, ArraySegment<byte>)>(StringComparer.Ordinal);
        try
        {
            if (!File.Exists(path)) return new ParsePack(entries);
            var bytes = File.ReadAllBytes(path);
            var body = bytes.Length - sizeof(ulong);
            if (body < Magic.Length || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic) ||
                XxHash3.HashToUInt64(bytes.AsSpan(0, body)) != new CacheReader(bytes, body, bytes.Length).Fixed64())
            {
                return new ParsePack(entries);
            }

            var reader = new CacheReader(bytes, Magic.Length, body);
            if (reader.String() != version) return new ParsePack(entries);
            for (var count = reader.Count(); count > 0; count--)
            {
                var key = reader.String();
                var hash = reader.String();
                entries[key] = (hash, reader.Segment());
            }

            if (!reader.AtEnd) entries.Clear();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            entries.Clear(); // unreadable: every file of the folder is parsed again
        }

        return new ParsePack(entries);
    }

    public ArraySegment<byte>? Find(string key, string hash) =>
        kept.TryGetValue(key, out var entry) && entry.Hash == hash ? entry.Value : (ArraySegment<byte>?)null;

    public void Use(string key, string hash, ArraySegment<byte> value)
    {
        _now[key] = (hash, value);
        Interlocked.Increment(ref _hits);
    }

    public void Add(string key, string hash, byte[] value)
    {
        _now[key] = (hash, value);
        Interlocked.Increment(ref _fresh);
    }

    public void Save(string path, string version)
    {
        var writer = new CacheWriter();
        foreach (var magic in Magic) writer.Byte(magic);
        writer.String(version);
        writer.Int(_now.Count);
        foreach (var (key, (hash, value)) in _now.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            writer.String(key);
            writer.String(hash);
            writer.Bytes(value);
        }

        writer.Fixed64(XxHash3.HashToUInt64(writer.Written));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        AtomicFile.Write(path, writer.ToArray());
    }
}
