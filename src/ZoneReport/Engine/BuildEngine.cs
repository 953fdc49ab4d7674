using System.Collections.Immutable;
using ZoneReport.Diagnostics;

namespace ZoneReport.Engine;

/// <summary>What a build must write: every output file as it will be, and the bytes of those rendered now.</summary>
/// <param name="Entries">The manifest entries of every output file (rendered now or unchanged since the last build).</param>
/// <param name="Rendered">The bytes of the nodes rendered by this build (empty for those handed to a writer as they were rendered).</param>
public sealed record RenderedSite(IReadOnlyDictionary<string, ManifestEntry> Entries, IReadOnlyDictionary<string, byte[]> Rendered)
{
    /// <summary>
    /// How many files this build rendered: those in <see cref="Rendered"/> and those whose bytes came out
    /// as the published file's and were not kept (nothing to write).
    /// </summary>
    public int RenderedCount { get; init; } = Rendered.Count;

    /// <summary>Every output file: hash and size.</summary>
    public IReadOnlyDictionary<string, TreeFile> Files { get; } = new TreeFiles(Entries);

    /// <summary>The hash of every file an output read while rendering (<see cref="ManifestEntry.AlsoRead"/>), as this build saw it.</summary>
    public IReadOnlyDictionary<string, string> ReadHashes { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>
    /// The site with one more file made from the others' hashes (the site's checksum manifest): it is
    /// made on every build, from what the engine knows already, and written only when it changed.
    /// </summary>
    public RenderedSite WithFileOfHashes(string path, Func<IEnumerable<KeyValuePair<string, string>>, string> make)
    {
        var output = NodeOutput.Text(make(Entries.Select(f => KeyValuePair.Create(f.Key, f.Value.OutputHash))));
        var hash = SourceHashes.Hash(output.Bytes);
        return WithFiles([KeyValuePair.Create(path, new ManifestEntry(hash, [], "", hash, output.Bytes.Length))],
            new Dictionary<string, byte[]>(StringComparer.Ordinal) { [path] = output.Bytes });
    }

    /// <summary>
    /// The site with more files made after the nodes (the search bundle, which reads the finished
    /// pages): their manifest entries, and the bytes of those made now (the others are kept as built).
    /// The tens of thousands of entries are not copied: the few new ones lie over them.
    /// </summary>
    public RenderedSite WithFiles(IEnumerable<KeyValuePair<string, ManifestEntry>> entries, IReadOnlyDictionary<string, byte[]> made) =>
        new(new Overlay<ManifestEntry>(Entries, entries), new Overlay<byte[]>(Rendered, made))
        {
            ReadHashes = ReadHashes,
            RenderedCount = RenderedCount + made.Keys.Count(path => !Rendered.ContainsKey(path)),
        };

    /// <summary>Rendered files whose bytes differ from the last build's, or that were missing or damaged in the output.</summary>
    public IEnumerable<string> Changed(Manifest? previous, IReadOnlySet<string> damaged) =>
        Rendered.Keys.Where(path => previous?.Files.GetValueOrDefault(path)?.OutputHash != Entries[path].OutputHash || damaged.Contains(path));

    /// <summary>Files of the last build that this one no longer has.</summary>
    public IEnumerable<string> Removed(Manifest? previous) =>
        previous?.Files.Keys.Where(path => !Entries.ContainsKey(path)) ?? [];
}

/// <summary>The manifest's entries seen as the files of a tree, without copying them.</summary>
internal sealed class TreeFiles(IReadOnlyDictionary<string, ManifestEntry> entries) : IReadOnlyDictionary<string, TreeFile>
{
    public TreeFile this[string key] => Of(entries[key]);
    public IEnumerable<string> Keys => entries.Keys;
    public IEnumerable<TreeFile> Values => entries.Values.Select(Of);
    public int Count => entries.Count;
    public bool ContainsKey(string key) => entries.ContainsKey(key);

    public bool TryGetValue(string key, out TreeFile value)
    {
        var found = entries.TryGetValue(key, out var entry);
        value = found ? Of(entry!) : default;
        return found;
    }

    public IEnumerator<KeyValuePair<string, TreeFile>> GetEnumerator() =>
        entries.Select(e => KeyValuePair.Create(e.Key, Of(e.Value))).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private static TreeFile Of(ManifestEntry entry) => new(entry.OutputHash, entry.Size);
}

/// <summary>
/// Decides which nodes to render (fingerprint changed, a file they read changed, or their output
/// is missing), renders all of them on every core, and only then hands the result back: a build
/// that fails has written nothing.
/// </summary>
public static class BuildEngine
{
    /// <param name="readHash">The hash of a source file (or an article's card, <see cref="ArticleCards.Name"/>) now, for the files nodes read while rendering.</param>
    /// <param name="previous">The last good build's manifest, or null to render everything.</param>
    /// <param name="renderAgain">Outputs to render even if their inputs did not change (damaged on disk).</param>
    /// <param name="writeAsRendered">
    /// For a build into a tree no one sees until it is complete (a clean build's staging folder):
    /// each file is handed over as soon as it is rendered and not kept in memory.
    /// </param>
    public static RenderedSite Render(IReadOnlyList<OutputNode> nodes, Func<string, string> readHash, Manifest? previous, IReadOnlySet<string> renderAgain,
        Action<string, byte[]>? writeAsRendered = null)
    {
        // In the order of the nodes, so the manifest is the same from one build to the next: each the
        // last build's entry until the node is rendered again (replacing a value keeps its place).
        var entries = new Dictionary<string, ManifestEntry>(nodes.Count, StringComparer.Ordinal);
        var last = new ManifestEntry?[nodes.Count];
        var listedTwice = false;
        for (var i = 0; i < nodes.Count; i++)
        {
            last[i] = previous?.Files.GetValueOrDefault(nodes[i].Path);
            listedTwice |= !entries.TryAdd(nodes[i].Path, last[i]!);
        }

        if (listedTwice) throw Duplicates(nodes);

        // The files read while rendering are few and shared: which of them changed is found once per file, not once per node.
        var changedReads = ChangedReads(previous, readHash);
        var isStale = new bool[nodes.Count];
        Parallel.For(0, nodes.Count, i => isStale[i] = last[i] is not { } entry
            || !nodes[i].HasFingerprint(entry.Fingerprint)
            || ReadChanged(entry, previous!, changedReads)
            || renderAgain.Contains(nodes[i].Path));
        var stale = nodes.Where((_, i) => isStale[i]).ToList();
        var outputs = new NodeOutput?[stale.Count];
        var kept = new bool[stale.Count];
        var errors = new ErrorCollector();
        Parallel.For(0, stale.Count, i =>
        {
            try
            {
                var output = stale[i].Render();
                var hash = SourceHashes.Hash(output.Bytes);
                // Bytes the published tree holds already need no write: not kept, so a build that
                // renders every node again (a new engine version) does not hold the whole site in memory.
                var published = previous?.Files.GetValueOrDefault(stale[i].Path)?.OutputHash == hash && !renderAgain.Contains(stale[i].Path);
                if (writeAsRendered is null && !published)
                {
                    outputs[i] = output with { Hash = hash };
                    kept[i] = true;
                    return;
                }

                // Hashed here, then the bytes go to the writer (or nowhere) and are not kept.
                outputs[i] = new NodeOutput([], output.AlsoRead) { Hash = hash, Size = output.Bytes.Length };
                if (writeAsRendered is not null) writeAsRendered(stale[i].Path, output.Bytes);
            }
            catch (BuildException e)
            {
                foreach (var error in e.Errors) errors.Add(error);
            }
        });
        errors.ThrowIfAny();

        var rendered = new Dictionary<string, byte[]>(stale.Count, StringComparer.Ordinal);
        for (var i = 0; i < stale.Count; i++)
        {
            var output = outputs[i]!;
            var alsoRead = output.AlsoRead.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
            if (kept[i] || writeAsRendered is not null) rendered[stale[i].Path] = output.Bytes;
            entries[stale[i].Path] = new ManifestEntry(stale[i].Fingerprint, alsoRead, AlsoReadHash(alsoRead, readHash), output.Hash!, output.Size ?? output.Bytes.Length);
        }

        // When no file read changed and the nodes rendered now read only files the last build read, its record still holds
        // (names of outputs gone since are never looked up: the manifest writes the names its entries read).
        var readHashes = previous is not null && changedReads.Count == 0 && stale.All(n => entries[n.Path].AlsoRead.All(previous.ReadHashes.ContainsKey))
            ? previous.ReadHashes
            : ReadHashes(entries.Values, readHash);
        return new RenderedSite(entries, rendered) { ReadHashes = readHashes, RenderedCount = stale.Count };
    }

    private static BuildException Duplicates(IReadOnlyList<OutputNode> nodes)
    {
        var seen = new HashSet<string>(nodes.Count, StringComparer.Ordinal);
        var twice = nodes.Where(n => !seen.Add(n.Path)).Select(n => n.Path).ToHashSet(StringComparer.Ordinal);
        var duplicates = nodes.Select(n => n.Path).Where(twice.Contains).Distinct(StringComparer.Ordinal).ToList();
        return new BuildException(duplicates.Select(d => new BuildError(SourceLocation.FileOnly(d),
            $"two outputs would be written to '{d}'", "give one of the pages another slug or file name")).ToList());
    }

    /// <summary>The files read while rendering whose hash is not the one the last build recorded.</summary>
    private static HashSet<string> ChangedReads(Manifest? previous, Func<string, string> readHash)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, hash) in previous?.ReadHashes ?? ImmutableDictionary<string, string>.Empty)
        {
            if (readHash(name) != hash) changed.Add(name);
        }

        return changed;
    }

    /// <summary>Whether a file the node read while rendering changed (one the last build did not record a hash of counts as changed).</summary>
    private static bool ReadChanged(ManifestEntry entry, Manifest previous, HashSet<string> changedReads)
    {
        foreach (var name in entry.AlsoRead)
        {
            if (changedReads.Contains(name) || !previous.ReadHashes.ContainsKey(name)) return true;
        }

        return false;
    }

    /// <summary>The hash now of every file the outputs read while rendering: the next build compares them.</summary>
    private static IReadOnlyDictionary<string, string> ReadHashes(IEnumerable<ManifestEntry> entries, Func<string, string> readHash)
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var name in entry.AlsoRead)
            {
                if (!hashes.ContainsKey(name)) hashes[name] = readHash(name);
            }
        }

        return hashes;
    }

    private static string AlsoReadHash(ImmutableArray<string> files, Func<string, string> readHash)
    {
        if (files.IsEmpty) return "";
        var builder = new Inputs.Builder();
        foreach (var file in files) builder.Add(file, readHash(file));
        return builder.Finish();
    }
}
