using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace ZoneReport.Engine;

/// <summary>
/// What the loaders made of each source file (an article's front matter and body, a data file's
/// records), kept on disk between builds in .cache/engine/parsed/, so a build reads and parses only
/// the files that changed. An entry is used only when the file's hash (from <see cref="SourceHashes"/>),
/// ZoneReport's version and site.yml are all as they were when it was made; one pack file per source
/// folder (an edition's articles and data together), rewritten when one of its files was parsed
/// again. Results are stored in a compact binary form written field by field (<see cref="CachedRecords"/>;
/// a test fails when a record has a field that form leaves out). Each pack carries a checksum: a pack
/// that cannot be read or does not match it, or an entry that does not read back as its record, is
/// ignored and the file parsed again: a damaged cache costs time, never a wrong page.
/// Results with errors are never kept (their errors must be reported by every build).
/// </summary>
public sealed class ParseCache
{
    private const string Format = "zonereport-parsed 2";

    private readonly string _folder;
    private readonly string _version;
    private readonly SourceHashes _sources;
    private readonly ConcurrentDictionary<string, Lazy<ParsePack>> _packs = new(StringComparer.Ordinal);
    private readonly Lazy<Dictionary<string, List<string>>> _byFolder;
    private readonly SharedStrings _strings = new();

    /// <param name="folder">Where the packs are kept (.cache/engine/parsed).</param>
    /// <param name="settings">What else parsing depends on (site.yml's hash): entries made under other settings are not used.</param>
    public ParseCache(string folder, string settings, SourceHashes sources)
    {
        _folder = folder;
        _version = $"{Format} {Inputs.EngineVersion} {settings}";
        _sources = sources;
        _byFolder = new Lazy<Dictionary<string, List<string>>>(() =>
        {
            var folders = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var (path, _) in sources.Files)
            {
                var slash = path.LastIndexOf('/');
                var folder = slash < 0 ? "" : path[..slash];
                if (!folders.TryGetValue(folder, out var files)) folders[folder] = files = [];
                files.Add(path);
            }

            return folders;
        });
    }

    /// <summary>
    /// The source files directly in <paramref name="folder"/> (relative to the site folder, '/'
    /// separated), in ordinal order, as listed when the build hashed them: the loaders take an
    /// edition's files from here instead of reading 4 directories per edition again. (A file added
    /// since is not in the hashes either, so the next build sees it as new.)
    /// </summary>
    public IReadOnlyList<string> FilesIn(string folder) => _byFolder.Value.GetValueOrDefault(folder) ?? [];

    /// <summary>Whether a file under content/ or templates/ exists, by the hashes (null for a file elsewhere, which they do not cover).</summary>
    public bool? Exists(string path) =>
        path.StartsWith("content/", StringComparison.Ordinal) || path.StartsWith("templates/", StringComparison.Ordinal)
            ? _sources.Of(path).Length == 64
            : null;

    /// <summary>Entries used from the cache and files parsed by this build (for `build --verbose` and tests).</summary>
    public int Hits => _packs.Values.Where(p => p.IsValueCreated).Sum(p => p.Value.Hits);

    public int Parsed => _packs.Values.Where(p => p.IsValueCreated).Sum(p => p.Value.Fresh);

    /// <summary>
    /// The kept result for this version of <paramref name="path"/> (relative to the site folder), or
    /// <paramref name="parse"/>'s, which is kept if <paramref name="keep"/> says so (no errors were found in the file).
    /// </summary>
    /// <param name="packFolder">The folder whose pack keeps the entry (by default the file's own): an edition's plans/ go in the edition's pack.</param>
    public T GetOrParse<T>(string kind, string path, CacheCodec<T> codec, Func<T> parse, Func<T, bool>? keep = null, string? packFolder = null)
    {
        var hash = _sources.Of(path);
        var pack = _packs.GetOrAdd(packFolder ?? Path.GetDirectoryName(path) ?? "", folder => new Lazy<ParsePack>(() => ParsePack.Load(PackPath(folder), _version))).Value;
        var key = kind + "\n" + path;
        if (hash.Length == 64 && pack.Find(key, hash) is { } kept)
        {
            try
            {
                var reader = new CacheReader(kept.Array!, kept.Offset, kept.Offset + kept.Count, _strings);
                var value = codec.Read(reader);
                if (reader.AtEnd)
                {
                    pack.Use(key, hash, kept);
                    return value;
                }
            }
            catch (Exception e) when (e is InvalidDataException or ArgumentException)
            {
                // Made by another shape of the record: parsed again below.
            }
        }

        var result = parse();
        if (hash.Length == 64 && (keep?.Invoke(result) ?? true))
        {
            var writer = new CacheWriter();
            codec.Write(writer, result);
            pack.Add(key, hash, writer.ToArray());
        }

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
        Path.Combine(_folder, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(folder)))[..32] + ".pack");
}
