using ZoneReport.Diagnostics;
using ZoneReport.Output;
using ZoneReport.Site;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Output;

/// <summary>
/// The world misbehaving under a build: each fault is one clear error naming the path, the last
/// good site untouched, no staging folder left behind (issue #14: a full disk crashed with exit 134).
/// Both ways of publishing are tried: a clean build (a whole new tree swapped in) and an
/// incremental one (the engine's second tree brought up to date, then exchanged).
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
    [InlineData(1, false)]
    [InlineData(5, false)]
    [InlineData(20, false)]
    [InlineData(1, true)]
    [InlineData(2, true)] // the incremental build writes two files: the article's page and the checksum manifest
    public void A_full_disk_is_an_error_naming_the_file_and_the_site_stays(int failingWrite, bool incremental)
    {
        var error = BuildFails(new FaultyFileSystem { FailingWrite = failingWrite }, incremental);
        Assert.StartsWith("the disk is full (no space left to write '", error.Message);
        Assert.StartsWith(_site.Folder, error.Location.File);
        Assert.Contains("free some space", error.Hint);
        Assert.Contains("the last good site was left as it was", error.Hint);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_read_only_location_is_an_error(bool incremental)
    {
        var error = BuildFails(new FaultyFileSystem { CreatingFolder = FaultyFileSystem.ReadOnly }, incremental);
        Assert.Contains("is on a read-only file system", error.Message);
        Assert.Contains("--output", error.Hint);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Permission_denied_at_the_swap_is_an_error(bool incremental)
    {
        var error = BuildFails(new FaultyFileSystem { Swapping = FaultyFileSystem.Denied }, incremental);
        Assert.Equal($"permission denied writing '{_site.Output}'", error.Message);
    }

    [Fact]
    public void A_staging_folder_deleted_during_the_build_is_never_published()
    {
        var files = new FaultyFileSystem
        {
            FailingFile = "sitemap.xml",
            AtFailingWrite = path => Vanish(StagingRoot(path)),
        };
        var error = BuildFails(files, incremental: false);
        Assert.Matches("vanished during the build|was removed while the build was writing into it", error.Message);
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
            AtFailingWrite = _ => Vanish(outside),
        };
        SiteBuilder.Build(new BuildOptions(_site.Folder, output));
        var error = Assert.Throws<BuildException>(() => SiteBuilder.Build(new BuildOptions(_site.Folder, output, UseImageCache: false) { FileSystem = files })).Errors[0];
        Assert.True(error.Message.Contains("vanished during the build"), error.Format());
        Assert.False(Directory.Exists(output), "no partial site appears where the old one vanished");
    }

    [Fact]
    public void An_output_folder_below_a_file_is_an_error_not_a_crash()
    {
        File.WriteAllText(Path.Combine(_site.Folder, "plain-file"), "x");
        var error = Assert.Throws<BuildException>(() => SiteBuilder.Build(new BuildOptions(_site.Folder, "plain-file/_site"))).Errors.Single();
        Assert.Contains("plain-file", error.Location.File);
        Assert.Contains("build again", error.Hint);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void After_the_fault_is_gone_the_next_build_succeeds_and_leaves_no_litter(bool incremental)
    {
        BuildFails(new FaultyFileSystem { FailingWrite = 2 }, incremental);
        _site.Build();
        Assert.Contains("signed 35 projects", _site.Page("en/sample-zone/2022/news/index.html"));
        Assert.Empty(Leftovers.Find(_site.Output));
    }

    /// <param name="incremental">Publish by updating the engine's second tree (else: a clean build, a whole new tree).</param>
    private BuildError BuildFails(FaultyFileSystem files, bool incremental)
    {
        var options = new BuildOptions(_site.Folder, UseImageCache: incremental) { FileSystem = files };
        var error = Assert.Throws<BuildException>(() => SiteBuilder.Build(options)).Errors.Single();
        Assert.Equal(_lastGood, TreeSnapshot.Of(_site.Output));
        Assert.Empty(Leftovers.Find(_site.Output));
        // The engine's second tree (".zonereport-back") is kept on purpose; nothing else is left beside the site.
        Assert.DoesNotContain(TreeSnapshot.Names(_site.Folder), name => name.StartsWith("._site.", StringComparison.Ordinal) && name != "._site.zonereport-back");
        Assert.True(files.Faults > 0, "the fault happened");
        return error;
    }

    private static void Vanish(string folder)
    {
        while (Directory.Exists(folder))
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Other files are being written into it at this moment: again.
            }
        }
    }

    private static string StagingRoot(string path)
    {
        while (!Path.GetFileName(path).Contains(".staging-", StringComparison.Ordinal)) path = Path.GetDirectoryName(path)!;
        return path;
    }

    public void Dispose() => _site.Dispose();
}
