using System.Collections.Immutable;
using System.Text;
using ZoneReport.Diagnostics;
using ZoneReport.Engine;

namespace ZoneReport.Tests.Engine;

/// <summary>
/// What the engine keeps in memory after rendering: only bytes that must be written. A build that
/// renders every node again (a new engine version) with the same output must not hold the whole site.
/// </summary>
public sealed class BuildEngineTests
{
    private static readonly Func<string, string> NoSources = _ => "missing";

    [Fact]
    public void Nodes_rendered_again_to_the_published_bytes_are_counted_but_not_kept()
    {
        var first = BuildEngine.Render(Nodes("v1", "a", "b", "c"), NoSources, null, ImmutableHashSet<string>.Empty);
        Assert.Equal(3, first.Rendered.Count);

        // A new fingerprint for every node (as after an engine upgrade); only b's bytes differ.
        var again = BuildEngine.Render(Nodes("v2", "a", "B", "c"), NoSources, ManifestOf(first), ImmutableHashSet<string>.Empty);
        Assert.Equal(3, again.RenderedCount);
        Assert.Equal(["b.html"], again.Rendered.Keys);
        Assert.Equal("B", Encoding.UTF8.GetString(again.Rendered["b.html"]));
        Assert.Equal(["b.html"], again.Changed(ManifestOf(first), ImmutableHashSet<string>.Empty));
        // The manifest still records every node's new fingerprint and its bytes' hash.
        Assert.All(again.Entries.Values, e => Assert.StartsWith("v2", e.Fingerprint, StringComparison.Ordinal));
        Assert.Equal(first.Entries["a.html"].OutputHash, again.Entries["a.html"].OutputHash);
    }

    [Fact]
    public void Published_bytes_of_a_file_damaged_on_disk_are_kept_to_be_written_again()
    {
        var first = BuildEngine.Render(Nodes("v1", "a", "b"), NoSources, null, ImmutableHashSet<string>.Empty);
        var damaged = ImmutableHashSet.Create(StringComparer.Ordinal, "a.html");
        var again = BuildEngine.Render(Nodes("v2", "a", "b"), NoSources, ManifestOf(first), damaged);
        Assert.Equal(["a.html"], again.Rendered.Keys);
        Assert.Equal(["a.html"], again.Changed(ManifestOf(first), damaged));
    }

    [Fact]
    public void The_count_of_rendered_files_includes_files_added_after_the_nodes()
    {
        var site = BuildEngine.Render(Nodes("v1", "a"), NoSources, null, ImmutableHashSet<string>.Empty);
        var withHashes = site.WithFileOfHashes("sums.txt", files => string.Concat(files.Select(f => f.Key + "\n")));
        Assert.Equal(2, withHashes.RenderedCount);
        Assert.Equal("a.html\n", Encoding.UTF8.GetString(withHashes.Rendered["sums.txt"]));
    }

    /// <summary>One node per text, named after its lower-case form, with the fingerprint version + text.</summary>
    private static List<OutputNode> Nodes(string version, params string[] texts) =>
        texts.Select(t => new OutputNode(t.ToLowerInvariant() + ".html", version + t, () => NodeOutput.Text(t))).ToList();

    private static Manifest ManifestOf(RenderedSite site) =>
        new("out", "", "", site.Entries, ImmutableSortedDictionary<string, int>.Empty, ImmutableArray<BuildError>.Empty,
            new Dictionary<string, CachedWarnings>());
}
