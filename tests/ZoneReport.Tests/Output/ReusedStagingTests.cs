using System.Diagnostics;
using ZoneReport.Site;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Output;

/// <summary>
/// A clean build (the output and the engine's records deleted, as a user or the bench does) takes
/// the engine's old second tree as its staging folder and writes over its files. The site it
/// publishes must be exactly a clean build's, whatever that old tree held, and nothing outside it
/// may change: not a file that shares an inode with one of its files, not the target of a link.
/// </summary>
public sealed class ReusedStagingTests : IDisposable
{
    private const string News = "content/sample-zone/2022/news.en.md";

    private readonly TestSite _site = new();
    private readonly TestSite _fresh = new();
    private readonly string _outside = Path.Combine(Path.GetTempPath(), "zonereport-tests", Guid.NewGuid().ToString("N"));

    private string Back => Path.Combine(_site.Folder, "._site.zonereport-back");

    [Fact]
    public void A_clean_build_over_an_old_second_tree_publishes_exactly_a_clean_build_and_reaches_nothing_outside()
    {
        if (!OperatingSystem.IsLinux()) return;
        _site.Build();
        Assert.True(Directory.Exists(Back), "a build keeps a second tree beside the output");
        var pages = Directory.EnumerateFiles(Back, "index.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.True(pages.Count >= 3);

        // What a second tree may hold by now: files and folders the new site does not have, a file
        // that another name outside shares, a link to a file outside, a file where a folder belongs.
        Directory.CreateDirectory(_outside);
        File.WriteAllText(Path.Combine(Back, "stray.html"), "old");
        Directory.CreateDirectory(Path.Combine(Back, "gone", "deeper"));
        File.WriteAllText(Path.Combine(Back, "gone", "deeper", "page.html"), "old");
        var shared = Path.Combine(_outside, "shared.html");
        File.Delete(pages[0]);
        File.WriteAllText(shared, "shared bytes");
        Link(shared, pages[0]);
        var target = Path.Combine(_outside, "target.html");
        File.WriteAllText(target, "target bytes");
        File.Delete(pages[1]);
        File.CreateSymbolicLink(pages[1], target);
        var folderInTheWay = pages.Skip(2).Select(p => Path.GetDirectoryName(p)!)
            .First(f => f != Back && !pages[0].StartsWith(f + "/", StringComparison.Ordinal) && !pages[1].StartsWith(f + "/", StringComparison.Ordinal));
        Directory.Delete(folderInTheWay, recursive: true);
        File.WriteAllText(folderInTheWay, "a file where a folder was");
        var kept = Directory.EnumerateFiles(Back, "*.html", SearchOption.AllDirectories).Where(p => !p.StartsWith(_outside, StringComparison.Ordinal))
            .Where(p => p != pages[0] && p != pages[1] && new FileInfo(p).LinkTarget is null).Take(20).ToDictionary(p => Path.GetRelativePath(Back, p), Inode);

        _site.Replace(News, "GDP grew 7%", "GDP grew 9%");
        _fresh.Replace(News, "GDP grew 7%", "GDP grew 9%");
        Directory.Delete(_site.Output, recursive: true);
        Directory.Delete(Path.Combine(_site.Folder, ".cache", "engine"), recursive: true);
        _site.Build();
        _fresh.Build();

        Assert.Equal(TreeSnapshot.Of(_fresh.Output), TreeSnapshot.Of(_site.Output));
        Assert.Equal(Folders(_fresh.Output), Folders(_site.Output));
        Assert.Equal("shared bytes", File.ReadAllText(shared));
        Assert.Equal("target bytes", File.ReadAllText(target));
        Assert.Null(new FileInfo(Path.Combine(_site.Output, Path.GetRelativePath(Back, pages[1]))).LinkTarget);
        // The point of it: the old files' inodes hold the new site's bytes, no new inode was made for them.
        var reused = kept.Count(k => File.Exists(Path.Combine(_site.Output, k.Key)) && Inode(Path.Combine(_site.Output, k.Key)) == k.Value);
        Assert.True(reused >= kept.Count / 2, $"{reused} of {kept.Count} files kept their inode");
        Assert.Empty(Directory.EnumerateDirectories(_site.Folder, "._site.staging-*"));
    }

    [Fact]
    public void A_clean_build_that_fails_while_writing_over_the_old_second_tree_leaves_the_last_site_and_no_staging_folder()
    {
        if (!OperatingSystem.IsLinux()) return;
        _site.Build();
        var before = TreeSnapshot.Of(_site.Output);
        Directory.Delete(Path.Combine(_site.Folder, ".cache", "engine"), recursive: true);
        _site.Replace(News, "GDP grew 7%", "GDP grew 9%");
        var disk = new FaultyFileSystem { FailingWrite = 5 };
        Assert.Throws<ZoneReport.Diagnostics.BuildException>(() =>
            SiteBuilder.Build(new BuildOptions(_site.Folder, Clock: new TestClock(TestClock.Noon)) { FileSystem = disk }));

        Assert.Equal(1, disk.Faults);
        Assert.Equal(before, TreeSnapshot.Of(_site.Output));
        Assert.Empty(Directory.EnumerateDirectories(_site.Folder, "._site.staging-*"));
        _site.Build();
        Assert.Equal(TreeSnapshot.Of(BuiltFresh()), TreeSnapshot.Of(_site.Output));
    }

    private string BuiltFresh()
    {
        _fresh.Replace(News, "GDP grew 7%", "GDP grew 9%");
        _fresh.Build();
        return _fresh.Output;
    }

    private static List<string> Folders(string root) =>
        Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).Select(d => Path.GetRelativePath(root, d)).Order(StringComparer.Ordinal).ToList();

    private static void Link(string existing, string name) => Run("ln", existing, name);

    private static string Inode(string path) => Run("stat", "-c", "%i", path).Trim();

    private static string Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} failed: {process.StandardError.ReadToEnd()}");
        return output;
    }

    public void Dispose()
    {
        _site.Dispose();
        _fresh.Dispose();
        if (Directory.Exists(_outside)) Directory.Delete(_outside, recursive: true);
    }
}
