using ZoneReport.Output;

namespace ZoneReport.Tests.Output;

/// <summary>
/// Publishing swaps the new site in with one rename, then deletes the old one many folders at a
/// time: all of it, and nothing outside it.
/// </summary>
public sealed class StagingFolderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "zonereport-tests", Guid.NewGuid().ToString("N"));

    private string Output => Path.Combine(_folder, "_site");

    [Fact]
    public void Publishing_over_a_large_site_replaces_it_and_leaves_nothing_beside_it()
    {
        // Enough folders that the old site is cut into many subtrees, deleted at once.
        Publish("old", zones: 6, editions: 40);
        Publish("new", zones: 2, editions: 3);
        Assert.Equal(Pages(zones: 2, editions: 3).Order(StringComparer.Ordinal), Files(Output));
        Assert.All(Files(Output).Skip(1), path => Assert.Equal("new", File.ReadAllText(Path.Combine(Output, path))));
        Assert.Equal(["_site"], Directory.EnumerateFileSystemEntries(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Deleting_the_old_site_does_not_reach_through_a_link_inside_it()
    {
        var outside = Path.Combine(_folder, "photos");
        Directory.CreateDirectory(Path.Combine(outside, "2022"));
        File.WriteAllText(Path.Combine(outside, "2022", "a.jpg"), "photo");
        Publish("old", zones: 6, editions: 40);
        Directory.CreateSymbolicLink(Path.Combine(Output, "zh", "zone-1", "media"), outside);
        Directory.CreateSymbolicLink(Path.Combine(Output, "media"), outside);

        Publish("new", zones: 1, editions: 1);

        Assert.Equal("photo", File.ReadAllText(Path.Combine(outside, "2022", "a.jpg")));
        Assert.Equal(Pages(zones: 1, editions: 1).Order(StringComparer.Ordinal), Files(Output));
    }

    [Fact]
    public void An_output_folder_that_is_a_link_is_replaced_without_emptying_its_target()
    {
        var elsewhere = Path.Combine(_folder, "elsewhere");
        Directory.CreateDirectory(Path.Combine(elsewhere, "zh", "zone-1"));
        File.WriteAllText(Path.Combine(elsewhere, "zh", "zone-1", "index.html"), "kept");
        Directory.CreateSymbolicLink(Output, elsewhere);

        Publish("new", zones: 1, editions: 1);

        Assert.Null(new DirectoryInfo(Output).LinkTarget);
        Assert.Equal("kept", File.ReadAllText(Path.Combine(elsewhere, "zh", "zone-1", "index.html")));
    }

    [Fact]
    public void A_staging_folder_dropped_without_publishing_leaves_the_old_site()
    {
        Publish("old", zones: 2, editions: 2);
        using (var staging = new StagingFolder(Output))
        {
            staging.WriteText("index.html", "unfinished");
        }

        Assert.Equal("old", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Equal(["_site"], Directory.EnumerateFileSystemEntries(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void A_reader_of_the_output_folder_never_finds_it_missing_while_a_new_site_is_swapped_in()
    {
        Publish("0", zones: 1, editions: 1);
        var index = Path.Combine(Output, "index.html");
        var missing = 0;
        var reads = 0;
        using var done = new CancellationTokenSource();
        var reader = new Thread(() =>
        {
            while (!done.IsCancellationRequested)
            {
                if (!File.Exists(index)) Interlocked.Increment(ref missing);
                reads++;
            }
        });
        reader.Start();
        for (var i = 1; i <= 20; i++) Publish(i.ToString(System.Globalization.CultureInfo.InvariantCulture), zones: 1, editions: 1);
        done.Cancel();
        reader.Join();

        Assert.True(reads > 1000, $"the reader ran ({reads} reads)");
        Assert.Equal(0, missing);
        Assert.Equal("20", File.ReadAllText(index));
    }

    [Fact]
    public void A_staging_folder_deleted_and_recreated_by_later_writes_is_not_published()
    {
        Publish("old", zones: 1, editions: 1);
        var staging = new StagingFolder(Output);
        staging.WriteText("index.html", "new");
        Directory.Delete(staging.Root, recursive: true);
        staging.WriteText("zh/index.html", "only this page came back");

        var error = Assert.Throws<ZoneReport.Diagnostics.BuildException>(staging.Publish).Errors.Single();
        staging.Dispose();

        Assert.Contains("was removed while the build was writing into it", error.Message);
        Assert.Equal("old", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Equal(["_site"], Directory.EnumerateFileSystemEntries(_folder).Select(Path.GetFileName));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private void Publish(string text, int zones, int editions)
    {
        using var staging = new StagingFolder(Output);
        foreach (var path in Pages(zones, editions).Skip(1)) staging.WriteText(path, text);
        staging.Publish();
    }

    private static IEnumerable<string> Pages(int zones, int editions) =>
        new[] { ZoneReport.Output.SiteMarker.FileName, "index.html" }.Concat(
            from language in new[] { "zh", "en" }
            from zone in Enumerable.Range(1, zones)
            from edition in Enumerable.Range(2001, editions)
            from page in new[] { "index.html", "article/index.html" }
            select $"{language}/zone-{zone}/{edition}/{page}");

    private static List<string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
}
