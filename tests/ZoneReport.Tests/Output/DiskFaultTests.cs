using ZoneReport.Diagnostics;
using ZoneReport.Output;
using ZoneReport.Site;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Output;

/// <summary>
/// The world misbehaving under a build: each fault is one clear error naming the path, the last
/// good site untouched, no staging folder left behind (issue #14: a full disk crashed with exit 134).
/// </summary>
public sealed class DiskFaultTests : IDisposable
{
    private readonly TestSite _site = new();
    private readonly SortedDictionary<string, string> _lastGood;

    public DiskFaultTests()
    {
        _site.Build();
        _lastGood = TreeSnapshot.Of(_site.Output);
        _site.Replace($"{_site.EditionFolder}/news.en.md", "signed 34 projects in the year;", "signed 35 projects in the year;");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(20)]
    public void A_full_disk_is_an_error_naming_the_file_and_the_site_stays(int failingWrite)
    {
        var error = BuildFails(new FaultyFileSystem { FailingWrite = failingWrite });
        Assert.StartsWith("the disk is full (no space left to write '", error.Message);
        Assert.StartsWith(_site.Folder, error.Location.File);
        Assert.Contains("free some space", error.Hint);
        Assert.Contains("the last good site was left as it was", error.Hint);
    }

    [Fact]
    public void A_read_only_location_is_an_error()
    {
        var error = BuildFails(new FaultyFileSystem { CreatingFolder = FaultyFileSystem.ReadOnly });
        Assert.Contains("is on a read-only file system", error.Message);
        Assert.Contains("--output", error.Hint);
    }

    [Fact]
    public void Permission_denied_at_the_swap_is_an_error()
    {
        var error = BuildFails(new FaultyFileSystem { Swapping = FaultyFileSystem.Denied });
        Assert.Equal($"permission denied writing '{_site.Output}'", error.Message);
    }

    [Fact]
    public void A_staging_folder_deleted_during_the_build_is_never_published()
    {
        var files = new FaultyFileSystem
        {
            // The sitemap is written after the pages, by one thread: nothing else is writing then.
            FailingFile = "sitemap.xml",
            AtFailingWrite = path =>
            {
                // Deleted under the build; the following writes recreate their folders as they go.
                Directory.Delete(StagingRoot(path), recursive: true);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            },
        };
        var error = BuildFails(files);
        Assert.True(error.Message.Contains("was removed while the build was writing into it"), error.Format());
    }

    [Fact]
    public void An_output_location_that_vanishes_is_an_error()
    {
        var outside = Path.Combine(_site.Folder, "mounted");
        Directory.CreateDirectory(outside);
        var output = Path.Combine(outside, "_site");
        var files = new FaultyFileSystem
        {
            FailingFile = "sitemap.xml",
            AtFailingWrite = _ => Directory.Delete(outside, recursive: true),
        };
        var error = Assert.Throws<BuildException>(() => SiteBuilder.Build(new BuildOptions(_site.Folder, output) { FileSystem = files })).Errors[0];
        Assert.True(error.Message.Contains("vanished during the build"), error.Format());
        Assert.False(Directory.Exists(output), "no partial site appears where the old one vanished");
        Assert.Equal(_lastGood, TreeSnapshot.Of(_site.Output));
    }

    [Fact]
    public void An_output_folder_below_a_file_is_an_error_not_a_crash()
    {
        File.WriteAllText(Path.Combine(_site.Folder, "plain-file"), "x");
        var error = Assert.Throws<BuildException>(() => SiteBuilder.Build(new BuildOptions(_site.Folder, "plain-file/_site"))).Errors.Single();
        Assert.Contains("plain-file", error.Location.File);
        Assert.Contains("build again", error.Hint);
    }

    [Fact]
    public void After_the_fault_is_gone_the_next_build_succeeds_and_leaves_no_litter()
    {
        BuildFails(new FaultyFileSystem { FailingWrite = 7 });
        _site.Build();
        Assert.Contains("signed 35 projects", _site.Page("en/sample-zone/2022/news/index.html"));
        Assert.Empty(Leftovers.Find(_site.Output));
    }

    private BuildError BuildFails(FaultyFileSystem files)
    {
        var error = Assert.Throws<BuildException>(() => SiteBuilder.Build(new BuildOptions(_site.Folder) { FileSystem = files })).Errors.Single();
        Assert.Equal(_lastGood, TreeSnapshot.Of(_site.Output));
        Assert.Empty(Leftovers.Find(_site.Output));
        Assert.DoesNotContain(TreeSnapshot.Names(_site.Folder), name => name.StartsWith("._site.", StringComparison.Ordinal));
        return error;
    }

    private static string StagingRoot(string path)
    {
        while (!Path.GetFileName(path).Contains(".staging-", StringComparison.Ordinal)) path = Path.GetDirectoryName(path)!;
        return path;
    }

    public void Dispose() => _site.Dispose();
}
