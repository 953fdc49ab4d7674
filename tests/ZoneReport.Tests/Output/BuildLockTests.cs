using System.Diagnostics;
using ZoneReport.Diagnostics;
using ZoneReport.Output;
using ZoneReport.Site;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Output;

/// <summary>One build at a time per site; a lock left by a killed build does not block the next.</summary>
public sealed class BuildLockTests : IDisposable
{
    private readonly TestSite _site = new();

    private string LockFile => Path.Combine(_site.Folder, BuildLock.RelativePath);

    [Fact]
    public void A_build_while_another_holds_the_lock_waits_then_refuses_naming_the_holder()
    {
        _site.Build();
        var before = TreeSnapshot.Of(_site.Output);
        using (BuildLock.Acquire(_site.Folder, TimeSpan.Zero))
        {
            var text = File.ReadAllText(LockFile);
            Assert.Contains($"pid: {Environment.ProcessId}\n", text);
            Assert.Matches(@"started: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", text);

            var clock = Stopwatch.StartNew();
            var error = Assert.Throws<BuildException>(() => SiteBuilder.Build(new BuildOptions(_site.Folder) { LockWait = TimeSpan.FromMilliseconds(300) })).Errors.Single();
            Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(300), "it waited before refusing");
            Assert.Contains($"another build is running in this site (process {Environment.ProcessId} on {Environment.MachineName}, started ", error.Message);
            Assert.Contains("if no build is running, delete .cache/build.lock", error.Hint);
        }

        Assert.Equal(before, TreeSnapshot.Of(_site.Output));
        Assert.False(File.Exists(LockFile), "the lock is released");
        _site.Build();
        Assert.False(File.Exists(LockFile), "a build releases the lock it took");
    }

    [Fact]
    public async Task A_second_build_waits_for_the_first_and_then_runs()
    {
        var holder = BuildLock.Acquire(_site.Folder, TimeSpan.Zero);
        var second = Task.Run(() => SiteBuilder.Build(new BuildOptions(_site.Folder) { LockWait = TimeSpan.FromSeconds(30) }));
        await Task.Delay(400);
        Assert.False(second.IsCompleted, "the second build is waiting");
        holder.Dispose();
        await second.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(File.Exists(Path.Combine(_site.Output, "index.html")));
    }

    [Fact]
    public void A_lock_left_by_a_process_that_is_gone_is_taken_over()
    {
        using var gone = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        gone.WaitForExit();
        Directory.CreateDirectory(Path.GetDirectoryName(LockFile)!);
        File.WriteAllText(LockFile, $"pid: {gone.Id}\nstarted: 2026-01-01T00:00:00.0000000Z\nmachine: {Environment.MachineName}\n");

        SiteBuilder.Build(new BuildOptions(_site.Folder) { LockWait = TimeSpan.Zero });

        Assert.True(File.Exists(Path.Combine(_site.Output, "index.html")));
        Assert.False(File.Exists(LockFile));
    }

    [Fact]
    public void A_lock_whose_process_id_now_belongs_to_a_newer_process_is_stale()
    {
        // This test process is alive, but it did not start in 2001: the id was reused.
        Directory.CreateDirectory(Path.GetDirectoryName(LockFile)!);
        File.WriteAllText(LockFile, $"pid: {Environment.ProcessId}\nstarted: 2001-01-01T00:00:00.0000000Z\nmachine: {Environment.MachineName}\n");
        SiteBuilder.Build(new BuildOptions(_site.Folder) { LockWait = TimeSpan.Zero });
        Assert.False(File.Exists(LockFile));
    }

    [Fact]
    public void A_lock_from_another_machine_is_respected()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(LockFile)!);
        File.WriteAllText(LockFile, "pid: 1\nstarted: 2026-01-01T00:00:00.0000000Z\nmachine: elsewhere\n");
        var error = Assert.Throws<BuildException>(() => SiteBuilder.Build(new BuildOptions(_site.Folder) { LockWait = TimeSpan.Zero })).Errors.Single();
        Assert.Contains("process 1 on elsewhere", error.Message);
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void Two_sites_sharing_an_output_folder_outside_them_do_not_write_it_at_once()
    {
        using var other = new TestSite();
        var shared = Path.Combine(Path.GetTempPath(), "zonereport-tests", $"shared-{Guid.NewGuid():N}", "report");
        try
        {
            SiteBuilder.Build(new BuildOptions(other.Folder, shared));
            var before = TreeSnapshot.Of(shared);
            var lockFile = BuildLock.OutputLockPath(shared);
            Assert.False(File.Exists(lockFile), "a build releases the output's lock");

            using (BuildLock.AcquireOutput(other.Folder, shared, TimeSpan.Zero))
            {
                Assert.Contains($"site: {other.Folder}\n", File.ReadAllText(lockFile));
                var error = Assert.Throws<BuildException>(() => SiteBuilder.Build(new BuildOptions(_site.Folder, shared) { LockWait = TimeSpan.FromMilliseconds(200) })).Errors.Single();
                Assert.Equal(lockFile, error.Location.File);
                Assert.Contains($"another build is writing the output folder '{shared}' (process {Environment.ProcessId} on ", error.Message);
                Assert.Contains($"building {other.Folder})", error.Message);
                Assert.Contains("two sites should not share one output folder", error.Hint);
                Assert.Equal(before, TreeSnapshot.Of(shared));
            }

            SiteBuilder.Build(new BuildOptions(_site.Folder, shared));
            Assert.False(File.Exists(lockFile));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(shared)!, recursive: true);
        }
    }

    [Fact]
    public void An_output_folder_inside_the_site_needs_no_lock_of_its_own()
    {
        Assert.Null(BuildLock.AcquireOutput(_site.Folder, Path.Combine(_site.Folder, "public"), TimeSpan.Zero));
        _site.Build();
        Assert.DoesNotContain(TreeSnapshot.Names(_site.Folder), name => name.EndsWith("-lock", StringComparison.Ordinal));
    }

    public void Dispose() => _site.Dispose();
}
