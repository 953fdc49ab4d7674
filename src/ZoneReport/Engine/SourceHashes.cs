using System.Collections.Concurrent;
using System.Security.Cryptography;
using ZoneReport.Threading;

namespace ZoneReport.Engine;

/// <summary>
/// The SHA-256 of every source file of the site (site.yml, content/, templates/), by path relative
/// to the site folder with '/' separators, read once per build. Fingerprints are made from these,
/// so a node is re-rendered exactly when a file it was made from changed, appeared or went.
/// </summary>
public sealed class SourceHashes
{
    public static readonly string[] SourceRoots = ["site.yml", "content", "templates"];
    private const string Missing = "missing";

    private readonly string[] _paths;
    private readonly string[] _hashes;
    private readonly Dictionary<string, int> _index;
    private readonly ConcurrentDictionary<string, string> _folders = new(StringComparer.Ordinal);

    private SourceHashes(string[] paths, string[] hashes, Dictionary<string, int>? index = null)
    {
        _paths = paths;
        _hashes = hashes;
        if (index is null)
        {
            index = new Dictionary<string, int>(paths.Length, StringComparer.Ordinal);
            for (var i = 0; i < paths.Length; i++) index[paths[i]] = i;
        }

        _index = index;
        All = FolderHash("");
    }

    /// <summary>One hash over every source file's path and hash: equal exactly when no source changed.</summary>
    public string All { get; }

    public int Count => _paths.Length;

    /// <summary>Where the stamps of the last build's reads are kept, in the engine's state folder.</summary>
    public static string StampsIn(string stateFolder) => Path.Combine(stateFolder, "sources.tsv");

    /// <summary>Reads and hashes every source file of the site.</summary>
    public static SourceHashes Read(string siteFolder) => Read(siteFolder, null);

    /// <summary>
    /// The hashes of every source file of the site; with <paramref name="stampsFile"/>, a file whose
    /// stamp (size, times, inode) is as recorded there by the last build is not read again
    /// (<see cref="SourceStamps"/>), and the record is brought up to date.
    /// </summary>
    /// <param name="settleTime">
    /// How old a file's times must be for its stamp to be kept: <see cref="SourceStamps.SettleTime"/>
    /// unless given (tests pass their own). Sources keep the long window whatever the file system: a
    /// file an editor saved a moment ago is read once more, which costs little.
    /// </param>
    public static SourceHashes Read(string siteFolder, string? stampsFile, TimeSpan? settleTime = null)
    {
        var paths = List(siteFolder);
        if (stampsFile is null || !SourceStamps.Supported)
        {
            return new SourceHashes(paths.ToArray(), InParallel.Map(paths, path => Hash(Path.Combine(siteFolder, path))));
        }

        var started = SourceStamps.Now();
        var known = SourceStamps.Load(stampsFile);
        var read = InParallel.Map(paths, path =>
        {
            var full = Path.Combine(siteFolder, path);
            var stamp = Posix.Stamp(full);
            return (Path: path, Stamp: stamp, Hash: (stamp is { } s ? known.HashOf(path, s) : null) ?? Hash(full));
        });
        var now = SourceStamps.Of(read.Select(r => (r.Path, r.Stamp, r.Hash)), started, settleTime ?? SourceStamps.SettleTime);
        if (!now.SameAs(known)) now.Save(stampsFile);
        return new SourceHashes(paths.ToArray(), read.Select(r => r.Hash).ToArray());
    }

    private static List<string> List(string siteFolder)
    {
        var paths = new List<string>();
        foreach (var root in SourceRoots)
        {
            var full = Path.Combine(siteFolder, root);
            if (File.Exists(full)) paths.Add(root);
            else if (Directory.Exists(full))
            {
                paths.AddRange(Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
                    .Select(p => Path.GetRelativePath(siteFolder, p).Replace('\\', '/')));
            }
        }

        paths.Sort(StringComparer.Ordinal);
        return paths;
    }

    /// <summary>From hashes known already (the preview keeps them in memory).</summary>
    public static SourceHashes From(IEnumerable<KeyValuePair<string, string>> hashes)
    {
        var sorted = hashes.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();
        return new SourceHashes(sorted.Select(p => p.Key).ToArray(), sorted.Select(p => p.Value).ToArray());
    }

    /// <summary>The same files, each with the hash <paramref name="hash"/> gives for its path and hash (no sorting, the index shared).</summary>
    public SourceHashes Select(Func<string, string, string> hash)
    {
        var hashes = new string[_paths.Length];
        for (var i = 0; i < _paths.Length; i++) hashes[i] = hash(_paths[i], _hashes[i]);
        return new SourceHashes(_paths, hashes, _index);
    }

    public IEnumerable<KeyValuePair<string, string>> Files => _paths.Select((p, i) => KeyValuePair.Create(p, _hashes[i]));

    public string Of(string path) => _index.TryGetValue(path, out var i) ? _hashes[i] : Missing;

    /// <summary>
    /// One hash over the paths and hashes of every file under a folder ("" for all): it changes when
    /// any file in it changes, appears or goes. Paths sharing a prefix sit together in ordinal order,
    /// so the folder is one range of the sorted list.
    /// </summary>
    public string FolderHash(string folder) => _folders.GetOrAdd(folder, f =>
    {
        var prefix = f.Length == 0 ? "" : f + "/";
        var start = LowerBound(prefix);
        var builder = new Inputs.Builder();
        for (var i = start; i < _paths.Length && _paths[i].StartsWith(prefix, StringComparison.Ordinal); i++) builder.Add(_paths[i], _hashes[i]);
        return builder.Finish();
    });

    /// <summary>One hash over the files whose paths pass <paramref name="filter"/>, remembered under <paramref name="name"/>.</summary>
    public string HashOf(string name, Func<string, bool> filter) => _folders.GetOrAdd("?" + name, _ =>
    {
        var builder = new Inputs.Builder();
        for (var i = 0; i < _paths.Length; i++)
        {
            if (filter(_paths[i])) builder.Add(_paths[i], _hashes[i]);
        }

        return builder.Finish();
    });

    private int LowerBound(string prefix)
    {
        int low = 0, high = _paths.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (string.CompareOrdinal(_paths[middle], prefix) < 0) low = middle + 1;
            else high = middle;
        }

        return low;
    }

    public static string Hash(string path)
    {
        try
        {
            return Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Missing; // deleted while the build was starting: the loaders report it if it matters
        }
    }

    public static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
