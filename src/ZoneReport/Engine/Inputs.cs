using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace ZoneReport.Engine;

/// <summary>
/// The inputs one output is made from, as named parts (a source file, a folder, a setting), each
/// with the hash of its content. Immutable: each method returns a new set, so a shared base (what
/// every page uses) is extended per node. The fingerprint is one SHA-256 over the parts in order.
/// </summary>
public sealed class Inputs
{
    private readonly SourceHashes _sources;
    private readonly ImmutableList<(string Name, string Hash)> _parts;

    private Inputs(SourceHashes sources, ImmutableList<(string, string)> parts)
    {
        _sources = sources;
        _parts = parts;
    }

    /// <summary>The inputs every output shares: this version of ZoneReport and the build's settings.</summary>
    public static Inputs Start(SourceHashes sources, string settings) =>
        new(sources, [("engine", EngineVersion), ("settings", settings)]);

    /// <summary>Changes with every change to ZoneReport's code, so a new version renders everything again.</summary>
    public static readonly string EngineVersion = typeof(Inputs).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public SourceHashes Sources => _sources;

    /// <summary>A source file (path relative to the site folder, e.g. "content/zone/2022/edition.yml").</summary>
    public Inputs File(string path) => With("file:" + path, _sources.Of(path));

    /// <summary>Every file under a folder, their names included (files added or removed count).</summary>
    public Inputs Folder(string folder) => With("folder:" + folder, _sources.FolderHash(folder));

    /// <summary>Every source file of the site: for outputs that list the whole site (sitemap, feeds of everything).</summary>
    public Inputs Everything() => With("everything", _sources.All);

    /// <summary>A value computed from the model that is not a file (a list, a setting).</summary>
    public Inputs Value(string name, string value) => With("value:" + name, value);

    public Inputs With(string name, string hash) => new(_sources, _parts.Add((name, hash)));

    public string Fingerprint(string outputPath)
    {
        var builder = new Builder();
        builder.Add("output", outputPath);
        foreach (var (name, hash) in _parts) builder.Add(name, hash);
        return builder.Finish();
    }

    /// <summary>Hashes (name, value) pairs in the order given.</summary>
    public sealed class Builder
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public void Add(string name, string value)
        {
            _hash.AppendData(Encoding.UTF8.GetBytes(name));
            _hash.AppendData("\0"u8);
            _hash.AppendData(Encoding.UTF8.GetBytes(value));
            _hash.AppendData("\n"u8);
        }

        public string Finish()
        {
            var result = Convert.ToHexStringLower(_hash.GetHashAndReset());
            _hash.Dispose();
            return result;
        }
    }
}
