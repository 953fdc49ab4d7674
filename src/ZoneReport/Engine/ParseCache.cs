using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ZoneReport.Engine;

/// <summary>
/// What the loaders made of each source file (an article's front matter and body, a data file's
/// records), kept on disk between builds in .cache/engine/parsed/, so a build reads and parses only
/// the files that changed. An entry is used only when the file's hash (from <see cref="SourceHashes"/>),
/// ZoneReport's version and site.yml are all as they were when it was made; one pack file per source
/// folder (an edition's articles and data together), rewritten when one of its files was parsed
/// again. Results are stored as JSON of the model records themselves, so a field added to a record
/// is kept without changes here. A pack that cannot be read, or an entry that no longer reads as its
/// type, is ignored and the file parsed again: a damaged cache costs time, never a wrong page.
/// Results with errors are never kept (their errors must be reported by every build).
/// </summary>
public sealed class ParseCache
{
    private const string Format = "zonereport-parsed 1";

    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new OrdinalSortedDictionaries() },
        WriteIndented = false,
        // Chinese text as UTF-8 rather than \uXXXX escapes: a third smaller and quicker to read back.
        // (The packs are only ever read by this class, never served, so no HTML-safe escaping is needed.)
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly string _folder;
    private readonly string _version;
    private readonly SourceHashes _sources;
    private readonly ConcurrentDictionary<string, Lazy<Pack>> _packs = new(StringComparer.Ordinal);

    /// <param name="folder">Where the packs are kept (.cache/engine/parsed).</param>
    /// <param name="settings">What else parsing depends on (site.yml's hash): entries made under other settings are not used.</param>
    public ParseCache(string folder, string settings, SourceHashes sources)
    {
        _folder = folder;
        _version = $"{Format} {Inputs.EngineVersion} {settings}";
        _sources = sources;
    }

    /// <summary>Entries used from the cache and files parsed by this build (for `build --verbose` and tests).</summary>
    public int Hits => _packs.Values.Where(p => p.IsValueCreated).Sum(p => p.Value.Hits);

    public int Parsed => _packs.Values.Where(p => p.IsValueCreated).Sum(p => p.Value.Fresh);

    /// <summary>
    /// The kept result for this version of <paramref name="path"/> (relative to the site folder), or
    /// <paramref name="parse"/>'s, which is kept if <paramref name="keep"/> says so (no errors were found in the file).
    /// </summary>
    public T GetOrParse<T>(string kind, string path, Func<T> parse, Func<T, bool>? keep = null) where T : class
    {
        var hash = _sources.Of(path);
        var pack = _packs.GetOrAdd(Path.GetDirectoryName(path) ?? "", folder => new Lazy<Pack>(() => Pack.Load(PackPath(folder), _version))).Value;
        var key = kind + "\n" + path;
        if (hash.Length == 64 && pack.Find(key, hash) is { } kept)
        {
            try
            {
                if (kept.Deserialize<T>(Json) is { } value)
                {
                    pack.Use(key, hash, kept);
                    return value;
                }
            }
            catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or ArgumentException or FormatException)
            {
                // Made by another shape of the record: parsed again below.
            }
        }

        var result = parse();
        if (hash.Length == 64 && (keep?.Invoke(result) ?? true)) pack.Add(key, hash, JsonSerializer.SerializeToUtf8Bytes(result, Json));
        return result;
    }

    /// <summary>Writes the packs in which something was parsed again (each whole, atomically).</summary>
    public void Save()
    {
        foreach (var (folder, lazy) in _packs)
        {
            if (lazy.IsValueCreated && lazy.Value.Changed) lazy.Value.Save(PackPath(folder), _version);
        }
    }

    private string PackPath(string folder) =>
        Path.Combine(_folder, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(folder)))[..32] + ".json");

    /// <summary>One folder's entries: read as one JSON document, each value deserialized from its own bytes when asked for.</summary>
    private sealed class Pack(Dictionary<string, (string Hash, JsonElement Value)> kept)
    {
        private readonly ConcurrentDictionary<string, (string Hash, JsonElement Kept, byte[]? Fresh)> _now = new(StringComparer.Ordinal);
        private int _hits, _fresh;

        public int Hits => _hits;
        public int Fresh => _fresh;

        /// <summary>Something was parsed again, or an entry of the last build was not used (a file gone): the pack is written.</summary>
        public bool Changed => _fresh > 0 || _now.Count != kept.Count;

        public static Pack Load(string path, string version)
        {
            var entries = new Dictionary<string, (string, JsonElement)>(StringComparer.Ordinal);
            try
            {
                if (!File.Exists(path)) return new Pack(entries);
                var root = JsonDocument.Parse(File.ReadAllBytes(path)).RootElement;
                if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("version", out var written) ||
                    written.ValueKind != JsonValueKind.String || written.GetString() != version) return new Pack(entries);
                foreach (var entry in root.GetProperty("entries").EnumerateObject())
                {
                    if (entry.Value.ValueKind == JsonValueKind.Object && entry.Value.TryGetProperty("hash", out var hash) &&
                        hash.ValueKind == JsonValueKind.String && hash.GetString() is { Length: 64 } text && entry.Value.TryGetProperty("value", out var value))
                    {
                        entries[entry.Name] = (text, value);
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException or KeyNotFoundException)
            {
                entries.Clear(); // unreadable: every file of the folder is parsed again
            }

            return new Pack(entries);
        }

        public JsonElement? Find(string key, string hash) =>
            kept.TryGetValue(key, out var entry) && entry.Hash == hash ? entry.Value : null;

        public void Use(string key, string hash, JsonElement value)
        {
            _now[key] = (hash, value, null);
            Interlocked.Increment(ref _hits);
        }

        public void Add(string key, string hash, byte[] value)
        {
            _now[key] = (hash, default, value);
            Interlocked.Increment(ref _fresh);
        }

        public void Save(string path, string version)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteString("version", version);
                writer.WriteStartObject("entries");
                foreach (var (key, (hash, keptValue, fresh)) in _now.OrderBy(e => e.Key, StringComparer.Ordinal))
                {
                    writer.WriteStartObject(key);
                    writer.WriteString("hash", hash);
                    writer.WritePropertyName("value");
                    if (fresh is not null) writer.WriteRawValue(fresh, skipInputValidation: true);
                    else keptValue.WriteTo(writer);
                    writer.WriteEndObject();
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            AtomicFile.Write(path, buffer.ToArray());
        }
    }

    /// <summary>The model's sorted dictionaries are keyed by language id in ordinal order; JSON would bring them back with the culture's order.</summary>
    private sealed class OrdinalSortedDictionaries : JsonConverterFactory
    {
        public override bool CanConvert(Type type) =>
            type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableSortedDictionary<,>) && type.GetGenericArguments()[0] == typeof(string);

        public override JsonConverter CreateConverter(Type type, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(type.GetGenericArguments()[1]))!;

        private sealed class Converter<TValue> : JsonConverter<ImmutableSortedDictionary<string, TValue>>
        {
            public override ImmutableSortedDictionary<string, TValue> Read(ref Utf8JsonReader reader, Type type, JsonSerializerOptions options) =>
                (JsonSerializer.Deserialize<Dictionary<string, TValue>>(ref reader, options) ?? throw new JsonException("expected an object"))
                .ToImmutableSortedDictionary(StringComparer.Ordinal);

            public override void Write(Utf8JsonWriter writer, ImmutableSortedDictionary<string, TValue> value, JsonSerializerOptions options) =>
                JsonSerializer.Serialize(writer, value.ToDictionary(StringComparer.Ordinal), options);
        }
    }
}
