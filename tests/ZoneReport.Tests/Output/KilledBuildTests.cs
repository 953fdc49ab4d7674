using System.Diagnostics;
using ZoneReport.Output;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Output;

/// <summary>
/// The real command line, in processes of its own, killed with SIGKILL at random moments and run
/// twice at once on one site. Whatever happens, the output folder holds the old complete site or
/// the new one, never a mix; the next build succeeds, leaves no litter, and gives the same bytes as
/// a clean build of the same sources. The moments are drawn from a seeded generator: the same test
/// run draws the same delays, and every draw must pass.
/// </summary>
[Collection(ChildProcessCollection.Name)]
public sealed class KilledBuildTests : IDisposable
{
    private const string News = "content/sample-zone/2022/news.en.md";
    private const string Before = "GDP grew 7%";
    private const string After = "GDP grew 9%";

    private readonly TestSite _site = new();
    private readonly TestSite _clean = new();

    [Fact]
    public void A_build_killed_at_any_moment_leaves_a_whole_site_and_the_next_build_cleans_up_and_matches_a_clean_build()
    {
        var (oldSite, newSite) = (CleanTree(Before), CleanTree(After));
        Assert.NotEqual(oldSite, newSite);
        AssertBuilt(ChildBuild.Run(_site.Folder));
        Assert.Equal(oldSite, TreeSnapshot.Of(_site.Output));

        var clock = Stopwatch.StartNew();
        AssertBuilt(ChildBuild.Run(_site.Folder, "--no-cache"));
        var wholeBuild = clock.Elapsed;

        var random = new Random(14_09);
        var lockFile = Path.Combine(_site.Folder, BuildLock.RelativePath);
        var current = Before;
        for (var kill = 0; kill < 10; kill++)
        {
            // Each killed build brings a change, so it has something to write; every other one rebuilds everything.
            var next = current == Before ? After : Before;
            _site.Replace(News, current, next);
            current = next;
            using var child = ChildBuild.Start(_site.Folder, kill % 2 == 0 ? [] : ["--no-cache"]);
            string moment;
            if (kill < 4)
            {
                // Anywhere in the process's life: starting, loading, rendering, writing, swapping.
                var delay = wholeBuild * random.NextDouble();
                Thread.Sleep(delay);
                moment = $"{delay.TotalMilliseconds:0} ms after start";
            }
            else
            {
                // Aimed at the work on disk: from the moment the build holds the lock.
                var waited = Stopwatch.StartNew();
                while (!File.Exists(lockFile) && !child.HasExited && waited.Elapsed < TimeSpan.FromSeconds(60)) Thread.Sleep(1);
                var delay = wholeBuild / 2 * random.NextDouble();
                Thread.Sleep(delay);
                moment = $"{delay.TotalMilliseconds:0} ms after it took the lock";
            }

            var finished = child.HasExited;
            child.KillHard();
            var tree = TreeSnapshot.Of(_site.Output);
            Assert.True(tree.SequenceEqual(oldSite) || tree.SequenceEqual(newSite),
                $"killed {moment} (kill {kill}, {(finished ? "it had finished" : "mid-build")}): the output folder is neither the old nor the new site: {Difference(tree, oldSite, newSite)}");
        }

        // The next builds finish what the killed ones left: the last sources, byte for byte as a clean build, and no litter.
        AssertBuilt(ChildBuild.Run(_site.Folder));
        Assert.Equal(current == After ? newSite : oldSite, TreeSnapshot.Of(_site.Output));
        AssertNoLitter();
        _site.Replace(News, current, current == After ? Before : After);
        AssertBuilt(ChildBuild.Run(_site.Folder));
        Assert.Equal(current == After ? oldSite : newSite, TreeSnapshot.Of(_site.Output));
        AssertNoLitter();
    }

    [Fact]
    public void Two_builds_at_once_in_one_site_take_turns_or_one_refuses_and_the_site_is_one_of_theirs()
    {
        // The two builds make different sites: with the drafts, and without them.
        foreach (var site in new[] { _site, _clean })
        {
            foreach (var language in new[] { "en", "zh" }) site.Replace($"content/sample-zone/2022/plan.{language}.md", "---\ntitle:", "---\ndraft: true\ntitle:");
        }

        var withDrafts = CleanTree(Before, "--drafts");
        var withoutDrafts = CleanTree(Before);
        Assert.NotEqual(withDrafts, withoutDrafts);
        AssertBuilt(ChildBuild.Run(_site.Folder));

        for (var round = 0; round < 4; round++)
        {
            string[] drafts = ["--drafts"];
            var (firstFlags, secondFlags) = round % 2 == 0 ? (drafts, Array.Empty<string>()) : (Array.Empty<string>(), drafts);
            if (round >= 2)
            {
                firstFlags = [.. firstFlags, "--no-cache"];
                secondFlags = [.. secondFlags, "--no-cache"];
            }

            using var first = ChildBuild.Start(_site.Folder, firstFlags);
            using var second = ChildBuild.Start(_site.Folder, secondFlags);
            var results = new[] { (Flags: firstFlags, Run: first.Wait()), (Flags: secondFlags, Run: second.Wait()) };
            foreach (var (_, (code, output, errors)) in results)
            {
                // One that waited too long says who holds the lock and what to do; nothing else may go wrong.
                if (code == 0) continue;
                Assert.True(code == 1, $"exit {code}: {errors}");
                Assert.Contains("another build is running in this site (process ", errors);
                Assert.DoesNotContain("   at ", errors);
            }

            var built = results.Where(r => r.Run.Code == 0).Select(r => r.Flags.Contains("--drafts") ? withDrafts : withoutDrafts).ToList();
            Assert.NotEmpty(built);
            var tree = TreeSnapshot.Of(_site.Output);
            Assert.True(built.Any(site => site.SequenceEqual(tree)),
                $"round {round}: the output folder is not the site of a build that succeeded: {Difference(tree, withDrafts, withoutDrafts)}");
            AssertNoLitter();
        }
    }

    [Fact]
    public void Two_sites_building_into_one_output_folder_at_once_leave_the_whole_site_of_one_of_them()
    {
        var siteB = CleanTree(After);
        _site.Replace(News, Before, "GDP grew 1%");
        AssertBuilt(ChildBuild.Run(_site.Folder, "--no-cache"));
        var siteA = TreeSnapshot.Of(_site.Output);
        Assert.NotEqual(siteA, siteB);
        var shared = Path.Combine(Path.GetTempPath(), "zonereport-tests", $"shared-{Guid.NewGuid():N}", "report");
        try
        {
            for (var round = 0; round < 3; round++)
            {
                string[] flags = ["--output", shared, .. round == 2 ? new[] { "--no-cache" } : []];
                using var a = ChildBuild.Start(_site.Folder, flags);
                using var b = ChildBuild.Start(_clean.Folder, flags);
                var results = new[] { (Tree: siteA, Run: a.Wait()), (Tree: siteB, Run: b.Wait()) };
                foreach (var (_, (code, _, errors)) in results.Where(r => r.Run.Code != 0))
                {
                    Assert.True(code == 1, $"exit {code}: {errors}");
                    Assert.Contains($"another build is writing the output folder '{shared}'", errors);
                }

                var tree = TreeSnapshot.Of(shared);
                Assert.True(results.Any(r => r.Run.Code == 0 && r.Tree.SequenceEqual(tree)),
                    $"round {round}: the shared output folder is not the site of a build that succeeded: {Difference(tree, siteA, siteB)}");
                // No staging or old folder and no lock left beside it: only the site and the engine's back tree.
                Assert.Empty(TreeSnapshot.Names(Path.GetDirectoryName(shared)!).Except(["report", ".report.zonereport-back"]));
            }
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(shared)!, recursive: true);
        }
    }

    /// <summary>The site a clean build of these sources gives, built in a folder of its own.</summary>
    private SortedDictionary<string, string> CleanTree(string newsText, params string[] flags)
    {
        var text = _clean.Read(News);
        _clean.Write(News, text.Replace(text.Contains(Before) ? Before : After, newsText));
        if (Directory.Exists(_clean.Output)) Directory.Delete(_clean.Output, recursive: true);
        AssertBuilt(ChildBuild.Run(_clean.Folder, [.. flags, "--no-cache"]));
        return TreeSnapshot.Of(_clean.Output);
    }

    private static void AssertBuilt((int Code, string Output, string Errors) run) =>
        Assert.True(run.Code == 0, $"the build failed (exit {run.Code}): {run.Errors}{run.Output}");

    /// <summary>Beside the sources only the site, the engine's state and its back tree (the site one build behind).</summary>
    private void AssertNoLitter()
    {
        string[] expected = [".cache", "_site", "content", "site.yml", "templates"];
        Assert.Equal(expected, TreeSnapshot.Names(_site.Folder).Where(name => name != "._site.zonereport-back"));
        Assert.False(File.Exists(Path.Combine(_site.Folder, BuildLock.RelativePath)), "the lock is released");
    }

    private static string Difference(SortedDictionary<string, string> tree, SortedDictionary<string, string> oldSite, SortedDictionary<string, string> newSite)
    {
        var missing = oldSite.Keys.Intersect(newSite.Keys).Except(tree.Keys).Take(3);
        var unknown = tree.Where(f => oldSite.GetValueOrDefault(f.Key) != f.Value && newSite.GetValueOrDefault(f.Key) != f.Value).Select(f => f.Key).Take(3);
        var mixed = tree.Keys.Where(k => oldSite.GetValueOrDefault(k) != newSite.GetValueOrDefault(k)).GroupBy(k => tree[k] == oldSite.GetValueOrDefault(k)).Select(g => $"{g.Count()} {(g.Key ? "old" : "new")}");
        return $"{tree.Count} files; missing {string.Join(", ", missing)}; unknown {string.Join(", ", unknown)}; of the changed files {string.Join(" and ", mixed)}";
    }

    public void Dispose()
    {
        _site.Dispose();
        _clean.Dispose();
    }
}

/// <summary>Tests that run the command line as child processes run one at a time, so their timing means something.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ChildProcessCollection
{
    public const string Name = "child processes";
}
