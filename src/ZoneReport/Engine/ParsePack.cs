using System.Collections.Concurrent;

namespace ZoneReport.Engine;

/// <summary>
/// One source folder's entries of the <see cref="ParseCache"/>, as one <see cref="CacheFile"/> of kind
/// "ZRPC" and the cache's version: the entries (key, file hash, the record's bytes). Each entry's bytes
/// are decoded only when asked for.
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
    public static ParsePack Load(string path, string version) =>
        CacheFile.Load(path, Magic, version, Read) ?? new ParsePack(new Dictionary<string, (string, ArraySegment<byte>)>(StringComparer.Ordinal));

    private static ParsePack? Read(CacheReader reader)
    {
        var count = reader.Count();
        var entries = new Dictionary<string, (string, ArraySegment<byte>)>(count, StringComparer.Ordinal);
        for (; count > 0; count--)
        {
            var key = reader.String();
            var hash = reader.String();
            entries[key] = (hash, reader.Segment());
        }

        return reader.AtEnd ? new ParsePack(entries) : null;
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
        var entries = _now.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        var writer = CacheFile.Start(Magic, version, entries.Sum(e => e.Key.Length * 3 + e.Value.Hash.Length + e.Value.Value.Count + 12));
        writer.Int(entries.Count);
        foreach (var (key, (hash, value)) in entries)
        {
            writer.String(key);
            writer.String(hash);
            writer.Bytes(value);
        }

        CacheFile.Save(path, writer);
    }
}
