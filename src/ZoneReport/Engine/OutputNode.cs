using System.Collections.Immutable;
using System.Text;

namespace ZoneReport.Engine;

/// <summary>What rendering a node gave: its bytes, and any source files it turned out to read beyond
/// the inputs named in its fingerprint (an article's link targets, known only once its body is parsed).</summary>
public sealed record NodeOutput(byte[] Bytes, ImmutableArray<string> AlsoRead)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Set by the engine when the bytes were handed to a writer and not kept.</summary>
    internal string? Hash { get; init; }

    internal long? Size { get; init; }

    public static NodeOutput Text(string text, IEnumerable<string>? alsoRead = null) =>
        new(Utf8.GetBytes(text.Contains('\r') ? text.Replace("\r\n", "\n") : text), alsoRead?.ToImmutableArray() ?? []);
}

/// <summary>
/// One file of the built site: where it goes, a fingerprint of everything it is made from (see
/// <see cref="Inputs"/>), and how to make its bytes. The engine renders a node only when its
/// fingerprint differs from the one in the manifest of the last good build.
/// </summary>
public sealed record OutputNode(string Path, Func<NodeOutput> Render)
{
    private readonly Inputs? _inputs;
    private string? _fingerprint;

    public OutputNode(string path, string fingerprint, Func<NodeOutput> render) : this(path, render) => _fingerprint = fingerprint;

    public OutputNode(string path, Inputs inputs, Func<NodeOutput> render) : this(path, render)
    {
        _inputs = inputs;
        _listedAt = path;
    }

    /// <summary>
    /// Made when first asked for (by the engine, which compares every node's on every core), from
    /// the inputs and the path the node was listed with (a copy at another address keeps it).
    /// </summary>
    public string Fingerprint => _fingerprint ??= _inputs!.Fingerprint(_listedAt!);

    /// <summary>
    /// Whether the fingerprint is <paramref name="recorded"/>: asked of every node on every build,
    /// answered without making the fingerprint's string (only the nodes rendered again need it).
    /// </summary>
    public bool HasFingerprint(string recorded) =>
        _fingerprint is { } made ? made == recorded : _inputs!.HasFingerprint(_listedAt!, recorded);

    private readonly string? _listedAt;

    /// <summary>A text file (UTF-8, \n line endings).</summary>
    public static OutputNode Text(string path, Inputs inputs, Func<string> render) =>
        new(path, inputs, () => NodeOutput.Text(render()));

    /// <summary>A file whose bytes are known already (an asset, a resized photo).</summary>
    public static OutputNode Bytes(string path, Inputs inputs, byte[] bytes) =>
        new(path, inputs, () => new NodeOutput(bytes, []));
}
