using System.Collections.Immutable;
using ZoneReport.Diagnostics;
using ZoneReport.Engine;

namespace ZoneReport.Tests.Engine;

/// <summary>
/// The engine renders a node again exactly when its fingerprint changed, a file it read while
/// rendering changed, or it is new; it keeps the manifest in the order of the nodes; and the
/// record of the files read survives the manifest's round trip through its file.
/// </summary>
public sealed class BuildEngineReadsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "zr-engine-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Three pages: "a" reads content/x.md while rendering, "b" reads content/y.md, "c" reads nothing.</summary>
    private static (List<OutputNode> Nodes, List<string> Rendered) Pages(string fingerprintOfC = "fc")
    {
        var rendered = new List<string>();
        OutputNode Page(string path, string fingerprint, params string[] reads) => new(path, fingerprint, () =>
        {
            lock (rendered) rendered.Add(path);
            return NodeOutput.Text($"<p>{path}</p>", reads);
        });

        return ([Page("a.html", "fa", "content/x.md"), Page("b.html", "fb", "content/y.md", "card:content/x.md"), Page("c.html", fingerprintOfC)], rendered);
    }

    private static Func<string, string> Hashes(params (string Name, string Hash)[] hashes) =>
        name => hashes.FirstOrDefault(h => h.Name == name).Hash ?? "missing";

    private static Manifest ManifestOf(RenderedSite site) =>
        new("", "", "", site.Entries, ImmutableSortedDictionary<string, int>.Empty, [], ImmutableDictionary<string, CachedWarnings>.Empty)
        {
            ReadHashes = site.ReadHashes,
        };

    private Manifest SavedAndLoaded(Manifest manifest)
    {
        Directory.CreateDirectory(_folder);
        manifest.Save(_folder);
        return Manifest.Load(_folder) ?? throw new InvalidOperationException("the manifest just saved cannot be read");
    }

    private static readonly Func<string, string> Before = Hashes(("content/x.md", "x1"), ("content/y.md", "y1"), ("card:content/x.md", "card:cx1"));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_changed_file_renders_again_only_the_nodes_that_read_it(bool throughTheFile)
    {
        var (nodes, rendered) = Pages();
        var first = BuildEngine.Render(nodes, Before, null, new HashSet<string>());
        Assert.Equal(["a.html", "b.html", "c.html"], rendered.Order(StringComparer.Ordinal));
        var previous = ManifestOf(first);
        if (throughTheFile) previous = SavedAndLoaded(previous);
        Assert.Equal("x1", previous.ReadHashes["content/x.md"]);

        // Nothing changed: nothing is rendered, every entry is the last build's.
        (nodes, rendered) = Pages();
        var same = BuildEngine.Render(nodes, Before, previous, new HashSet<string>());
        Assert.Empty(rendered);
        Assert.Equal(first.Entries.Keys, same.Entries.Keys);

        // x.md's body changed, its card did not: only the page that read the whole file.
        (nodes, rendered) = Pages();
        var bodyChanged = Hashes(("content/x.md", "x2"), ("content/y.md", "y1"), ("card:content/x.md", "card:cx1"));
        var second = BuildEngine.Render(nodes, bodyChanged, previous, new HashSet<string>());
        Assert.Equal(["a.html"], rendered);
        Assert.Equal(["a.html", "b.html", "c.html"], second.Entries.Keys);
        Assert.Equal("x2", second.ReadHashes["content/x.md"]);

        // Its card changed too (against the second build): the page that linked to it as well.
        (nodes, rendered) = Pages();
        var cardChanged = Hashes(("content/x.md", "x3"), ("content/y.md", "y1"), ("card:content/x.md", "card:cx3"));
        BuildEngine.Render(nodes, cardChanged, ManifestOf(second), new HashSet<string>());
        Assert.Equal(["a.html", "b.html"], rendered.Order(StringComparer.Ordinal));

        // A file read going away counts as a change; a changed fingerprint renders the node whatever it read.
        (nodes, rendered) = Pages(fingerprintOfC: "fc2");
        BuildEngine.Render(nodes, Hashes(("content/x.md", "x1"), ("card:content/x.md", "card:cx1")), previous, new HashSet<string>());
        Assert.Equal(["b.html", "c.html"], rendered.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_file_read_that_the_last_build_has_no_hash_of_counts_as_changed()
    {
        var (nodes, _) = Pages();
        var previous = ManifestOf(BuildEngine.Render(nodes, Before, null, new HashSet<string>())) with { };
        var withoutRecord = previous with { ReadHashes = ImmutableDictionary<string, string>.Empty };
        (nodes, var rendered) = Pages();
        BuildEngine.Render(nodes, Before, withoutRecord, new HashSet<string>());
        Assert.Equal(["a.html", "b.html"], rendered.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Files_added_after_the_nodes_keep_the_order_of_a_copy_and_replace_in_place()
    {
        var (nodes, _) = Pages();
        var site = BuildEngine.Render(nodes, Before, null, new HashSet<string>());
        var entry = new ManifestEntry("f", [], "", "h", 1);
        var more = site.WithFiles([KeyValuePair.Create("b.html", entry), KeyValuePair.Create("z.txt", entry)],
            new Dictionary<string, byte[]> { ["z.txt"] = [1] });
        Assert.Equal(["a.html", "b.html", "c.html", "z.txt"], more.Entries.Keys);
        Assert.Equal(["a.html", "b.html", "c.html", "z.txt"], more.Entries.Select(e => e.Key));
        Assert.Same(entry, more.Entries["b.html"]);
        Assert.Same(entry, more.Entries.Single(e => e.Key == "b.html").Value);
        Assert.Equal(4, more.Entries.Count);
        Assert.Equal(4, more.Rendered.Count);
        Assert.True(more.Entries.ContainsKey("z.txt"));
        Assert.False(more.Entries.ContainsKey("y.txt"));
        Assert.Equal(site.ReadHashes, more.ReadHashes);
        var hashes = more.WithFileOfHashes("sums.txt", files => string.Join('\n', files.Select(f => f.Key)));
        Assert.Equal("a.html\nb.html\nc.html\nz.txt"u8.ToArray(), hashes.Rendered["sums.txt"]);
        Assert.Equal(5, hashes.Entries.Count);
    }

    [Fact]
    public void Two_nodes_on_one_path_are_an_error_naming_it()
    {
        var (nodes, _) = Pages();
        nodes.Add(nodes[1] with { });
        var error = Assert.Throws<BuildException>(() => BuildEngine.Render(nodes, Before, null, new HashSet<string>()));
        var only = Assert.Single(error.Errors);
        Assert.Equal("b.html", only.Location.File);
        Assert.Contains("two outputs would be written to 'b.html'", only.Message, StringComparison.Ordinal);
    }
}
