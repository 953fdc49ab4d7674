using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace ZoneReport.Engine;

/// <summary>
/// The inputs one output is made from, as named parts (a source file, a folder, a setting), each
/// with the hash of its content. Immutable: each method returns a new set, so a shared base (what
/// every page uses) is extended per node. The parts are chained: each set holds the SHA-256 of its
/// parent's digest and its own part, so a node's fingerprint is one small hash of its set's digest
/// and its path, however many parts the set has and however many nodes share it.
/// </summary>
public sealed class Inputs
{
    private readonly SourceHashes _sources;
    private readonly SourceHashes _shown;
    private readonly byte[] _digest;

    private Inputs(SourceHashes sources, SourceHashes shown, byte[] digest)
    {
        _sources = sources;
        _shown = shown;
        _digest = digest;
    }

    /// <summary>The inputs every output shares: this version of ZoneReport and the build's settings.</summary>
    /// <param name="shown">
    /// The sources as outputs that show no article body see them (<see cref="ArticleCards.Shown"/>):
    /// what <see cref="Folder"/> and <see cref="Everything"/> hash. Without it, whole files.
    /// </param>
    public static Inputs Start(SourceHashes sources, string settings, SourceHashes? shown = null) =>
        new Inputs(sources, shown ?? sources, new byte[SHA256.HashSizeInBytes]).With("engine", EngineVersion).With("settings", settings);

    /// <summary>Changes with every change to ZoneReport's code, so a new version renders everything again.</summary>
    public static readonly string EngineVersion = typeof(Inputs).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public SourceHashes Sources => _sources;

    /// <summary>A source file, all of it (path relative to the site folder, e.g. "content/zone/2022/edition.yml"; an article's own page names its text's file).</summary>
    public Inputs File(string path) => With("file:" + path, _sources.Of(path));

    /// <summary>
    /// Every file under a folder, their names included (files added or removed count); an article
    /// text as its card (all but its body): lists, pagers and feeds do not show bodies.
    /// </summary>
    public Inputs Folder(string folder) => With("folder:" + folder, _shown.FolderHash(folder));

    /// <summary>Every source file of the site, article texts as their cards: for outputs that list the whole site (sitemap, feeds of everything).</summary>
    public Inputs Everything() => With("everything", _shown.All);

    /// <summary>A value computed from the model that is not a file (a list, a setting).</summary>
    public Inputs Value(string name, string value) => With("value:" + name, value);

    public Inputs With(string name, string hash)
    {
        var builder = new Builder(_digest);
        builder.Add(name, hash);
        return new Inputs(_sources, _shown, builder.FinishBytes());
    }

    public string Fingerprint(string outputPath)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        Fingerprint(outputPath, digest);
        return Convert.ToHexStringLower(digest);
    }

    /// <summary>Whether <paramref name="recorded"/> (a manifest's) is this set's fingerprint for the path, made without a string.</summary>
    internal bool HasFingerprint(string outputPath, string recorded)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        Fingerprint(outputPath, digest);
        Span<char> hex = stackalloc char[SHA256.HashSizeInBytes * 2];
        return Convert.TryToHexStringLower(digest, hex, out _) && hex.SequenceEqual(recorded);
    }

    private void Fingerprint(string outputPath, Span<byte> digest)
    {
        var builder = new Builder(_digest);
        builder.Add("output", outputPath);
        builder.FinishInto(digest);
    }

    /// <summary>
    /// Hashes (name, value) pairs in the order given, as one SHA-256 of "name\0value\n" each: the
    /// text is gathered in one buffer and hashed once (no hash object, no buffer per part).
    /// </summary>
    public sealed class Builder
    {
        private byte[] _buffer = ArrayPool<byte>.Shared.Rent(256);
        private int _length;

        public Builder()
        {
        }

        /// <summary>A builder whose text starts with a digest (a chained set of parts).</summary>
        internal Builder(ReadOnlySpan<byte> start) => Append(start);

        public void Add(string name, string value)
        {
            Ensure(Encoding.UTF8.GetMaxByteCount(name.Length + value.Length) + 2);
            _length += Encoding.UTF8.GetBytes(name, _buffer.AsSpan(_length));
            _buffer[_length++] = 0;
            _length += Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_length));
            _buffer[_length++] = (byte)'\n';
        }

        public string Finish() => Convert.ToHexStringLower(FinishBytes());

        internal byte[] FinishBytes()
        {
            var digest = new byte[SHA256.HashSizeInBytes];
            FinishInto(digest);
            return digest;
        }

        internal void FinishInto(Span<byte> digest)
        {
            SHA256.HashData(_buffer.AsSpan(0, _length), digest);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }

        private void Append(ReadOnlySpan<byte> bytes)
        {
            Ensure(bytes.Length);
            bytes.CopyTo(_buffer.AsSpan(_length));
            _length += bytes.Length;
        }

        private void Ensure(int more)
        {
            if (_length + more <= _buffer.Length) return;
            var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + more));
            _buffer.AsSpan(0, _length).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }
    }
}
