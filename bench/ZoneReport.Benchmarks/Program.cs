using System.Diagnostics;
using BenchmarkDotNet.Running;
using ZoneReport.Benchmarks;
using ZoneReport.Output;

// dotnet run -c Release --project bench/ZoneReport.Benchmarks                      BenchmarkDotNet: the hot stages per page
// dotnet run -c Release --project bench/ZoneReport.Benchmarks -- --filter '*'      (any BenchmarkDotNet option)
// dotnet run -c Release --project bench/ZoneReport.Benchmarks -- stages 20000      one build, timed stage by stage
// dotnet run -c Release --project bench/ZoneReport.Benchmarks -- stages DIR        ... of an existing site folder
if (args.Length > 0 && args[0] == "stages")
{
    var target = args.Length > 1 ? args[1] : "2000";
    return Stages.Run(int.TryParse(target, out var pages) ? SiteFixture.Generate(pages) : target);
}

BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly).Run(args.Length == 0 ? ["--filter", "*"] : args);
return 0;

/// <summary>
/// A build of a site, stage by stage as SiteBuilder.Build runs them, with wall time per stage, then
/// the pages rendered alone (in parallel, not written), and rendered and written as a build does.
/// </summary>
internal static class Stages
{
    public static int Run(string siteFolder)
    {
        var total = Stopwatch.StartNew();
        var site = SiteFixture.Load(siteFolder);
        var pages = site.Pages;

        site.Time("render pages, 1 thread (first 500)", () =>
        {
            foreach (var page in pages.Take(500)) site.Renderer.Render(page);
            return 0;
        });
        long characters = 0;
        site.Time($"render all {pages.Count} pages, parallel, not written", () =>
        {
            Parallel.ForEach(pages, page => Interlocked.Add(ref characters, site.Renderer.Render(page).Length));
            return 0;
        });
        var output = Path.Combine(Path.GetTempPath(), "zonereport-stages-out");
        if (Directory.Exists(output)) Directory.Delete(output, true);
        site.Time("render and write all pages, parallel (as SiteBuilder)", () =>
        {
            using var staging = new StagingFolder(output);
            Parallel.ForEach(pages, page => staging.WriteText(page.Path, site.Renderer.Render(page)));
            site.Time("publish (move staging folder)", () => { staging.Publish(); return 0; });
            return 0;
        });
        // A rebuild: the pages once more, published over the previous output, which Publish deletes.
        using (var staging = new StagingFolder(output))
        {
            Parallel.ForEach(pages, page => staging.WriteText(page.Path, site.Renderer.Render(page)));
            site.Time("publish over the previous output (swap, delete the old site)", () => { staging.Publish(); return 0; });
        }

        site.Time("delete the output, one thread (Directory.Delete)", () => { Directory.Delete(output, true); return 0; });

        Console.WriteLine($"{siteFolder}: {pages.Count} pages, {characters / 1024 / 1024} MiB of HTML (UTF-16 chars), {Environment.ProcessorCount} cores");
        foreach (var (stage, time) in site.Timings) Console.WriteLine($"{time.TotalMilliseconds,10:0} ms  {stage}");
        Console.WriteLine($"{total.Elapsed.TotalMilliseconds,10:0} ms  all of the above");
        Console.WriteLine($"GC: {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2, " +
                          $"{GC.GetTotalPauseDuration().TotalMilliseconds:0} ms paused, {GC.GetTotalAllocatedBytes() / 1024 / 1024} MiB allocated; " +
                          $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MiB");
        return 0;
    }
}
