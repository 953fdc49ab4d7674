using System.Globalization;
using ZoneReport.Diagnostics;
using ZoneReport.Site;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Engine;

/// <summary>
/// The engine's promise: an incremental build gives exactly the tree a clean build gives. A long
/// random series of edits (articles added, changed, renamed and deleted; data, templates, site.yml,
/// editions), each followed by an incremental build, compared file by file with a clean build of
/// the same sources. An edit that breaks the site must fail the build and leave the site as it was.
/// </summary>
public sealed class IncrementalEqualityTests : IDisposable
{
    private readonly TestSite _site = new();
    private readonly string _clean = Path.Combine(Path.GetTempPath(), "zonereport-tests", "clean-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData(11, 28)]
    [InlineData(2026, 28)]
    public void Incremental_builds_equal_clean_builds_after_random_edits(int seed, int steps)
    {
        var random = new Random(seed);
        var edits = new Edits(_site, random);
        _site.Build();
        AssertSameAsClean("the first build");
        var partial = 0;
        for (var step = 0; step < steps; step++)
        {
            var snapshot = Snapshot.Of(_site.Folder);
            var before = Tree(_site.Output);
            var what = edits.ApplyOne(step);
            BuildResult result;
            try
            {
                result = _site.Build();
                if (result.Written < result.TotalFiles) partial++;
            }
            catch (BuildException)
            {
                Assert.Equal(before, Tree(_site.Output)); // a failed build changes nothing
                snapshot.Restore();
                continue;
            }

            AssertSameAsClean($"step {step} (seed {seed}): {what}", result);
        }

        // The comparison is worth something only if the builds were incremental (the clean builds
        // beside them must not cost the site its records): most edits rewrite a few files, not all.
        Assert.True(partial > steps / 2, $"only {partial} of {steps} builds were incremental");
    }

    [Fact]
    public void A_rebuild_with_nothing_changed_writes_nothing_and_one_changed_article_writes_only_its_pages()
    {
        var first = _site.Build();
        var again = _site.Build();
        Assert.Equal(0, again.Written);
        Assert.Equal(first.TotalFiles, again.TotalFiles);

        _site.Replace($"{_site.EditionFolder}/news.en.md", "GDP grew 7%", "GDP grew 7.1%");
        var changed = _site.Build();
        // The English article page (its edition page shows only titles and summaries) and the checksum manifest.
        Assert.Equal(2, changed.Written);
        Assert.Contains("GDP grew 7.1%", _site.Page("en/sample-zone/2022/news/index.html"));
        AssertSameAsClean("one article changed");
    }

    [Fact]
    public void A_paragraph_added_to_an_article_renders_only_the_pages_that_read_its_body()
    {
        _site.Build();
        _site.Replace($"{_site.EditionFolder}/news.en.md", "GDP grew 7%", "GDP grew 7.1%");
        // Its page and the checksum manifest: not the edition page, the feeds, the sitemap, its citation
        // files, nor the English plan article, which links to it but not into it (it reads the target's card).
        Assert.Equal(2, Rendered(_site.Build()));
        AssertSameAsClean("an English body changed");

        _site.Replace($"{_site.EditionFolder}/news.zh.md", "GDP同比增长7%", "GDP同比增长7.1%");
        // The original's page, its translation's (which follows its placements), the manifest.
        Assert.Equal(3, Rendered(_site.Build()));
        AssertSameAsClean("a Chinese body changed");

        // A link into the article (to a heading) reads its body's anchors: renaming the heading must fail the build.
        File.AppendAllText(Path.Combine(_site.Folder, _site.EditionFolder, "news.en.md"), "\n## Outlook\n\nMore.\n");
        File.AppendAllText(Path.Combine(_site.Folder, _site.EditionFolder, "plan.en.md"), "\nSee the [outlook](news.en.md#outlook).\n");
        _site.Build();
        _site.Replace($"{_site.EditionFolder}/news.en.md", "## Outlook", "## Prospects");
        Assert.Contains(Assert.Throws<BuildException>(() => _site.Build()).Errors, e => e.Message.Contains("'#outlook'", StringComparison.Ordinal));
        _site.Replace($"{_site.EditionFolder}/news.en.md", "## Prospects", "## Outlook");

        _site.Replace($"{_site.EditionFolder}/news.en.md", "summary: The zone signed 34 projects", "summary: The zone signed 35 projects");
        var summary = _site.Build();
        Assert.True(Rendered(summary) > 10, $"a changed summary renders the lists that show it, not {Rendered(summary)} nodes");
        Assert.Contains("The zone signed 35 projects", _site.Page("en/sample-zone/2022/index.html"));
        AssertSameAsClean("a summary changed");
    }

    /// <summary>How many nodes the build rendered, as its stage says ("render 3 changed nodes").</summary>
    private static int Rendered(BuildResult result) =>
        int.Parse(result.Stages.Select(s => s.Stage).Single(s => s.StartsWith("render ", StringComparison.Ordinal)).Split(' ')[1], CultureInfo.InvariantCulture);

    [Fact]
    public void A_changed_title_reaches_the_zone_feed_and_the_language_feed()
    {
        _site.Build();
        _site.Replace($"{_site.EditionFolder}/news.en.md", "title: Year-end review", "title: Year-end review, revised");
        _site.Build();
        Assert.Contains("Year-end review, revised", _site.Page("en/sample-zone/feed.xml"));
        Assert.Contains("Year-end review, revised", _site.Page("en/feed.xml"));
        AssertSameAsClean("a title changed");
    }

    [Fact]
    public void A_file_deleted_from_the_output_is_written_again()
    {
        _site.Build();
        File.Delete(Path.Combine(_site.Output, "en", "index.html"));
        var result = _site.Build();
        Assert.Equal(1, result.Written);
        Assert.True(File.Exists(Path.Combine(_site.Output, "en", "index.html")));
        AssertSameAsClean("after a page was deleted from the output");
    }

    [Fact]
    public void A_file_edited_by_hand_in_the_output_is_written_again_even_with_its_size_and_time_kept()
    {
        _site.Build();
        // A second build makes the back tree, which shares the unchanged files with the published one.
        _site.Replace($"{_site.EditionFolder}/news.en.md", "GDP grew 7%", "GDP grew 7.1%");
        _site.Build();
        var page = Path.Combine(_site.Output, "en", "index.html");
        EditInPlaceKeepingSizeAndTime(page);

        var repaired = _site.Build();
        Assert.Equal(1, repaired.Written);
        AssertSameAsClean("after a page was edited by hand in the output");
        // The edited copy is in the back tree now: the next build must not publish it again.
        _site.Replace($"{_site.EditionFolder}/news.en.md", "GDP grew 7.1%", "GDP grew 7.2%");
        _site.Build();
        AssertSameAsClean("the build after the repair");
        Assert.Equal(0, _site.Build().Written);
    }

    [Fact]
    public void Files_and_folders_added_by_hand_to_the_output_are_gone_after_the_builds_that_follow()
    {
        _site.Build();
        _site.Replace($"{_site.EditionFolder}/news.en.md", "GDP grew 7%", "GDP grew 7.1%");
        _site.Build(); // the back tree now exists and is known by its differences alone
        File.WriteAllText(Path.Combine(_site.Output, "en", "stray.html"), "<p>added by hand</p>");
        Directory.CreateDirectory(Path.Combine(_site.Output, "en", "stray-folder", "deeper"));
        File.WriteAllText(Path.Combine(_site.Output, "en", "stray-folder", "deeper", "page.html"), "<p>added by hand</p>");
        for (var i = 0; i < 3; i++)
        {
            // Each build changes something, so each exchanges the trees: the added files must never come back.
            _site.Replace($"{_site.EditionFolder}/news.en.md", $"GDP grew 7.{i + 1}%", $"GDP grew 7.{i + 2}%");
            _site.Build();
            AssertSameAsClean($"build {i + 1} after files were added by hand");
        }
    }

    [Fact]
    public void A_rebuild_with_nothing_changed_does_not_read_the_manifest_and_one_with_a_change_does()
    {
        var first = _site.Build();
        var manifest = Path.Combine(_site.Folder, ".cache", "engine", "manifest.bin");
        File.WriteAllText(manifest, "not a manifest");
        var again = _site.Build();
        Assert.Equal(0, again.Written);
        Assert.Equal(first.TotalFiles, again.TotalFiles);
        Assert.Equal("not a manifest", File.ReadAllText(manifest));

        // With a source changed the manifest is read: damaged, it costs a whole build (never a wrong one).
        _site.Replace($"{_site.EditionFolder}/news.en.md", "GDP grew 7%", "GDP grew 7.1%");
        Assert.Equal(first.TotalFiles, _site.Build().Written);
        AssertSameAsClean("after a build over a damaged manifest");
    }

    /// <summary>
    /// Each record the engine keeps in .cache/engine/, cut short or with one bit changed, while a page
    /// was also edited by hand: the build after is never wrong (a damaged manifest means a whole
    /// build), the hand edit is repaired, and the build after that is incremental again.
    /// </summary>
    [Theory]
    [InlineData("manifest.bin", true, false)]
    [InlineData("manifest.bin", false, false)]
    [InlineData("output-stamps.bin", true, false)]
    [InlineData("output-stamps.bin", false, true)]
    [InlineData("back.bin", false, false)]
    [InlineData("summary.bin", true, true)]
    [InlineData("summary.bin", false, false)]
    public void A_damaged_record_of_the_engine_costs_work_never_a_wrong_site(string record, bool cut, bool nothingElseChanged)
    {
        _site.Build();
        _site.Replace($"{_site.EditionFolder}/news.en.md", "GDP grew 7%", "GDP grew 7.1%");
        _site.Build(); // now every record is there, the back tree's listing too
        var path = Path.Combine(_site.Folder, ".cache", "engine", record);
        var bytes = File.ReadAllBytes(path);
        if (cut) bytes = bytes[..(bytes.Length / 2)];
        else bytes[bytes.Length / 2] ^= 0x10;
        File.WriteAllBytes(path, bytes);
        EditInPlaceKeepingSizeAndTime(Path.Combine(_site.Output, "en", "index.html"));

        if (!nothingElseChanged) _site.Replace($"{_site.EditionFolder}/news.en.md", "GDP grew 7.1%", "GDP grew 7.2%");
        var result = _site.Build();
        if (record == "manifest.bin") Assert.Equal(result.TotalFiles, result.Written);
        AssertSameAsClean($"after a build over a damaged {record}");

        _site.Replace($"{_site.EditionFolder}/news.en.md", "GDP grew 7.", "GDP grew 8.");
        var next = _site.Build();
        Assert.InRange(next.Written, 1, next.TotalFiles / 2);
        AssertSameAsClean($"the build after the one over a damaged {record}");
    }

    /// <summary>
    /// After each incremental build the output's stamps are brought up to date only where the last two
    /// builds touched either tree: the record must be exactly what stamping every file would give.
    /// </summary>
    [Fact]
    public void The_stamps_kept_after_each_incremental_build_are_those_of_every_file_as_it_is()
    {
        if (!ZoneReport.Engine.OutputStamps.Supported) return;
        var state = Path.Combine(_site.Folder, ".cache", "engine");
        _site.Build();
        for (var i = 0; i < 5; i++)
        {
            _site.Replace($"{_site.EditionFolder}/news.en.md", $"GDP grew {7 + i}%", $"GDP grew {8 + i}%");
            if (i == 2) File.WriteAllText(Path.Combine(_site.Output, "en", "added-by-hand.html"), "<p>stray</p>");
            _site.Build();
            var recorded = ZoneReport.Engine.OutputStamps.Load(state)!;
            var fresh = ZoneReport.Engine.OutputStamps.Take(_site.Output, ZoneReport.Engine.Manifest.Load(state)!.Tree, TimeSpan.Zero);
            Assert.Equal(0, recorded.DifferingFrom(fresh));
        }

        AssertSameAsClean("after the builds");
    }

    /// <summary>Changes a byte of a file in place (same inode, same size) and sets its modification time back.</summary>
    private static void EditInPlaceKeepingSizeAndTime(string path)
    {
        var modified = File.GetLastWriteTimeUtc(path);
        var bytes = File.ReadAllBytes(path);
        var at = Array.IndexOf(bytes, (byte)'<');
        bytes[at + 1] = bytes[at + 1] == (byte)'X' ? (byte)'Y' : (byte)'X';
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Write)) stream.Write(bytes);
        File.SetLastWriteTimeUtc(path, modified);
    }

    /// <param name="incremental">The incremental build's result: it must report exactly the clean build's warnings.</param>
    private void AssertSameAsClean(string when, BuildResult? incremental = null)
    {
        if (Directory.Exists(_clean)) Directory.Delete(_clean, recursive: true);
        var result = SiteBuilder.Build(new BuildOptions(_site.Folder, _clean, UseImageCache: false));
        if (incremental is not null)
        {
            var expected = result.Warnings.Select(w => w.ToString()).ToList();
            var reported = incremental.Warnings.Select(w => w.ToString()).ToList();
            Assert.True(expected.SequenceEqual(reported),
                $"{when}: warnings differ: only clean [{string.Join(" | ", expected.Except(reported))}]; only incremental [{string.Join(" | ", reported.Except(expected))}]");
        }

        var clean = Tree(_clean);
        var built = Tree(_site.Output);
        Assert.True(clean.Keys.SequenceEqual(built.Keys),
            $"{when}: files differ: only clean {string.Join(", ", clean.Keys.Except(built.Keys))}; only incremental {string.Join(", ", built.Keys.Except(clean.Keys))}");
        foreach (var (path, text) in clean) Assert.True(text == built[path], $"{when}: {path} differs from a clean build's");
    }

    /// <summary>Every file and folder of a tree: path to content (folders map to "").</summary>
    private static SortedDictionary<string, string> Tree(string root)
    {
        var tree = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories)) tree[Path.GetRelativePath(root, folder) + "/"] = "";
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            tree[Path.GetRelativePath(root, file)] = Convert.ToBase64String(File.ReadAllBytes(file));
        }

        return tree;
    }

    public void Dispose()
    {
        _site.Dispose();
        if (Directory.Exists(_clean)) Directory.Delete(_clean, recursive: true);
    }

    /// <summary>The sources of a site as they were, to undo an edit that broke the build.</summary>
    private sealed class Snapshot
    {
        private readonly string _root;
        private readonly Dictionary<string, byte[]> _files;

        private Snapshot(string root, Dictionary<string, byte[]> files)
        {
            _root = root;
            _files = files;
        }

        public static Snapshot Of(string root) => new(root, Sources(root).ToDictionary(f => f, File.ReadAllBytes));

        public void Restore()
        {
            foreach (var file in Sources(_root).Where(f => !_files.ContainsKey(f))) File.Delete(file);
            foreach (var (file, bytes) in _files)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllBytes(file, bytes);
            }
        }

        private static IEnumerable<string> Sources(string root) =>
            new[] { "content", "templates" }.SelectMany(f => Directory.EnumerateFiles(Path.Combine(root, f), "*", SearchOption.AllDirectories))
                .Append(Path.Combine(root, "site.yml")).ToList();
    }
}
