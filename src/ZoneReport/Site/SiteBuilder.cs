using System.Collections.Concurrent;
using System.Collections.Immutable;
using ZoneReport.Configuration;
using ZoneReport.Content;
using ZoneReport.Diagnostics;
using ZoneReport.Engine;
using ZoneReport.Model;
using ZoneReport.Output;

namespace ZoneReport.Site;

/// <param name="UseImageCache">
/// Keep resized photos and the record of the last build in the site's .cache/ folder between builds
/// (the output is the same either way); without it every build is a clean one and keeps nothing.
/// </param>
/// <param name="IncludeFuture">Build articles whose publish_at is still to come (for review; their pages say so).</param>
/// <param name="Clock">What "now" is for publish_at and expire_at; the system clock when null (tests pass their own).</param>
public sealed record BuildOptions(
    string SiteFolder,
    string? OutputFolder = null,
    bool IncludeDrafts = false,
    bool UseImageCache = true,
    bool IncludeFuture = false,
    TimeProvider? Clock = null)
{
    public const string CacheFolder = ".cache";

    /// <summary>The settings that change what is built (beside the sources and ZoneReport's version).</summary>
    public string Settings => $"drafts={IncludeDrafts} future={IncludeFuture} search={Search}";

    /// <summary>The moment this build publishes for: the clock read once.</summary>
    public PublishingRules Publishing() => new((Clock ?? TimeProvider.System).GetUtcNow(), IncludeDrafts, IncludeFuture);

    /// <summary>Index the pages for full-text search with Pagefind (needs Node.js); adds the search pages.</summary>
    public bool Search { get; init; }

    /// <summary>The program that runs Pagefind (npx; tests put a stand-in here).</summary>
    public string SearchTool { get; init; } = "npx";

    /// <summary>Parsed sources kept between the preview's rebuilds (null for a build).</summary>
    public ParseMemo? Memo { get; init; }

    /// <summary>How long a build waits for another build of the same site to finish before it refuses.</summary>
    public TimeSpan LockWait { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Where the output stage writes; tests replace it to inject disk faults.</summary>
    public OutputFileSystem FileSystem { get; init; } = OutputFileSystem.Real;
}

/// <param name="Written">Files written or replaced by this build (the rest were already as they should be).</param>
/// <param name="Removed">Files of the last build that this one no longer has.</param>
public sealed record BuildResult(
    string OutputFolder,
    ImmutableSortedDictionary<string, int> PagesPerLanguage,
    int TotalFiles,
    TimeSpan Elapsed,
    ImmutableArray<BuildError> Warnings,
    int Written = 0,
    int Removed = 0,
    ImmutableArray<(string Stage, TimeSpan Time)> Stages = default)
{
    public string Summary =>
        $"Built {TotalFiles} files into {OutputFolder}: " +
        string.Join(", ", PagesPerLanguage.Select(p => $"{p.Value} {p.Key} pages")) +
        $" ({(Written == TotalFiles && Removed == 0 ? "all written" : $"{Written} written, {Removed} removed, the rest unchanged")})" +
        $" in {Elapsed.TotalSeconds:0.00} s" +
        (Warnings.Length > 0 ? $", {Warnings.Length} warning(s)" : "");
}

/// <summary>
/// Builds the site into its output folder. The pipeline itself (load, check, model, list the
/// outputs, render what changed) is <see cref="SitePipeline"/>; this adds the disk: the manifest of
/// the last good build in .cache/engine/, and publishing, either incrementally (only what changed,
/// exchanged in atomically, see <see cref="SiteTree"/>) or, the first time, as a whole new tree.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options)
    {
        var clock = new StageClock();
        var siteFolder = Path.GetFullPath(options.SiteFolder);
        if (!Directory.Exists(siteFolder))
        {
            throw new BuildException(SourceLocation.PathOnly(siteFolder), $"the site folder '{siteFolder}' does not exist",
                "run the command from the site folder, or pass --source with the folder that holds site.yml");
        }

        using var buildLock = BuildLock.Acquire(siteFolder, options.LockWait);
        try
        {
            return BuildLocked(options, siteFolder, clock);
        }
        catch (Exception e) when (IoErrors.IsIo(e))
        {
            // Writes report their own path; what is left is a source that could not be read.
            throw IoErrors.Reading(e, siteFolder);
        }
    }

    private static BuildResult BuildLocked(BuildOptions options, string siteFolder, StageClock clock)
    {
        var reading = SiteConfigLoader.Read(siteFolder);
        if (reading.Errors.Length > 0) throw SiteCheck.WithSiteYmlErrors(options, siteFolder, reading);
        var config = reading.Config!;
        var outputFolder = CheckOutput(options, siteFolder, config);
        using var outputLock = BuildLock.AcquireOutput(siteFolder, outputFolder, options.LockWait);
        // Checked again under the lock: while this build waited, another one may have changed the folder.
        CheckOutput(options, siteFolder, config);
        var state = Path.Combine(siteFolder, BuildOptions.CacheFolder, "engine");
        var tree = new SiteTree(outputFolder, state, options.FileSystem);
        if (SiteTree.Supported) Writing(outputFolder, tree.Recover);

        var sources = SourceHashes.Read(siteFolder, options.UseImageCache ? SourceHashes.StampsIn(state) : null);
        clock.Lap($"hash {sources.Count} source files");
        var now = options.Publishing().Now;
        var stamps = options.UseImageCache && SiteTree.Supported ? OutputStamps.Load(state) : null;
        if (stamps is not null && Unchanged(BuildSummary.Load(state), options, outputFolder, sources, now) is { } summary &&
            stamps.Count == summary.FileCount && stamps.Examine(outputFolder, folders: false).Damaged.IsEmpty)
        {
            // Nothing changed and every output file is as written: the manifest and the content are not even read.
            // Stamps too young to trust (a clean build's, taken as it finished) made this check read those files:
            // they are taken again now, so the next build with nothing changed only looks at them.
            if (!stamps.Settled) Writing(state, () => stamps.Retaken(outputFolder).Save(state));
            clock.Lap("check the output by its stamps");
            return new BuildResult(outputFolder, summary.PagesPerLanguage, summary.FileCount, clock.Elapsed, summary.Warnings, Stages: clock.Stages);
        }

        // From here on the tree may change: the summary no longer vouches for it until this build writes a new one.
        BuildSummary.Delete(state);
        var previous = options.UseImageCache && Manifest.Load(state) is { } last && last.OutputFolder == outputFolder &&
                       PublishingSchedule.SameOptions(last.Settings, options.Settings) &&
                       SiteTree.Supported && Directory.Exists(outputFolder)
            ? last
            : null;
        var published = previous?.Tree;
        var damaged = ImmutableHashSet<string>.Empty;
        // Files added to the published tree by hand: the exchange takes them out of the site, the build after drops them.
        Func<ImmutableArray<string>> added = () => [];
        if (published is not null && stamps is not null)
        {
            var check = stamps.Examine(outputFolder, published);
            damaged = check.Damaged;
            added = () => stamps.Added(outputFolder, check.ChangedFolders, published);
        }
        else if (published is not null)
        {
            // No record of the stamps (missing or damaged): every file is read, so a hand edit is still found.
            var check = tree.Check(published);
            damaged = check.Damaged.Union(OutputStamps.None.Damaged(outputFolder, published));
            added = () => check.Added;
        }

        clock.Lap("read the manifest, check the output");
        if (previous is not null && previous.Sources == SitePipeline.SourcesAndEngine(sources) && damaged.IsEmpty &&
            PublishingSchedule.StillHolds(previous.Settings, now))
        {
            Writing(state, () => Record(state, outputFolder, previous, published!, exchanged: null));
            return new BuildResult(outputFolder, previous.PagesPerLanguage, previous.Files.Count, clock.Elapsed, previous.Warnings, Stages: clock.Stages);
        }

        if (previous is not null)
        {
            var outcome = SitePipeline.Run(options, siteFolder, config, sources, previous, damaged, clock);
            var manifest = outcome.Manifest with { OutputFolder = outputFolder };
            var site = outcome.Site;
            IReadOnlyCollection<string>? touched = null;
            Writing(outputFolder, () => touched = tree.Publish(published!, site.Files, site.Rendered, manifest.SaveAs, damaged, added()), undo: tree.Recover);
            clock.Lap("update the back tree and exchange it in");
            Writing(state, () => Record(state, outputFolder, manifest, site.Files, exchanged: true, touched));
            clock.Lap("stamp the output");
            return Result(outputFolder, manifest, site, previous, damaged, clock);
        }

        // The first build, or one after the settings or the output folder changed: a whole new tree,
        // written while it is rendered (no one sees it before it is complete and swapped in; a
        // failed build deletes it).
        // The records describe one output folder: a build into another one without the cache (a
        // check, a test's clean copy) leaves them alone; into this one they no longer hold.
        var replacesRecorded = options.UseImageCache || Manifest.OutputFolderOf(state) is not { } recorded || recorded == outputFolder;
        if (replacesRecorded) Manifest.Delete(state);
        // The engine's second tree is made anew after this build. The old one is this build's
        // staging folder, written over (a new inode costs more than a write where many files were
        // just deleted); where there is none, a new folder is made.
        var makesBack = options.UseImageCache && SiteTree.Supported;
        using var staging = new StagingFolder(outputFolder, options.FileSystem, reuse: makesBack ? tree.TakeBack() : null);
        var discarding = makesBack ? tree.DiscardBack() : Task.CompletedTask;
        try
        {
            return BuildClean(options, siteFolder, config, sources, clock, state, outputFolder, tree, staging, replacesRecorded, makesBack, discarding);
        }
        finally
        {
            discarding.Wait();
        }
    }

    private static BuildResult BuildClean(BuildOptions options, string siteFolder, SiteConfig config, SourceHashes sources, StageClock clock,
        string state, string outputFolder, SiteTree tree, StagingFolder staging, bool replacesRecorded, bool makesBack, Task discarding)
    {
        var damaged = ImmutableHashSet<string>.Empty;
        var writes = new TreeWriter(staging.Root, null, options.FileSystem, overExisting: staging.Reused).InBackground();
        // The staging folder holds its marker from the start (proof for clean-up after a kill).
        var streamed = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal) { [SiteMarker.FileName] = true };
        PipelineOutcome clean;
        try
        {
            clean = SitePipeline.Run(options, siteFolder, config, sources, null, damaged, clock, (path, bytes) =>
            {
                if (path == SiteMarker.FileName) return;
                streamed[path] = true;
                writes.Add(path, bytes);
            });
        }
        catch (Exception e) when (writes.Failed && IoErrors.IsIo(e))
        {
            // A write failed while pages were still rendering: it is a write error (a full disk, a
            // vanished staging folder), not a source that could not be read.
            writes.Abandon();
            throw IoErrors.Writing(e, IoErrors.PathIn(e) ?? staging.Root);
        }
        catch
        {
            writes.Abandon();
            throw;
        }

        Writing(staging.Root, () =>
        {
            writes.Finish();
            foreach (var (path, bytes) in clean.Site.Rendered.Where(r => !streamed.ContainsKey(r.Key))) writes.Writer.Write(path, bytes);
            if (staging.Reused) writes.Writer.RemoveAllBut(clean.Site.Files.Keys.Append(SiteMarker.FileName).ToHashSet(StringComparer.Ordinal));
        });
        staging.Publish();
        var saved = clean.Manifest with { OutputFolder = outputFolder };
        Writing(state, () =>
        {
            if (replacesRecorded) tree.ForgetBack();
            if (options.UseImageCache) saved.Save(state);
        });
        clock.Lap("write a new tree and publish it");
        if (makesBack)
        {
            // Linking changes the files' change times: the stamps are taken after. The site is
            // published already: if the second tree cannot be made, the next build makes it.
            discarding.Wait();
            try
            {
                tree.MakeBack(clean.Site.Files.Keys.ToList());
            }
            catch (Exception e) when (IoErrors.IsIo(e))
            {
                tree.ForgetBack();
            }

            Writing(state, () => Record(state, outputFolder, saved, clean.Site.Files, exchanged: false));
            clock.Lap("link the second tree, stamp the output");
        }

        return Result(outputFolder, saved, clean.Site, null, damaged, clock);
    }

    /// <summary>The summary, when it says that this build would make exactly what the last one made.</summary>
    private static BuildSummary? Unchanged(BuildSummary? summary, BuildOptions options, string outputFolder, SourceHashes sources, DateTimeOffset now) =>
        summary is not null && summary.OutputFolder == outputFolder && PublishingSchedule.SameOptions(summary.Settings, options.Settings) &&
        summary.Sources == SitePipeline.SourcesAndEngine(sources) && PublishingSchedule.StillHolds(summary.Settings, now) && Directory.Exists(outputFolder)
            ? summary
            : null;

    /// <summary>Stamps the published files, then writes the summary that lets the next build with nothing changed stop at once.</summary>
    /// <param name="exchanged">
    /// True: the trees were exchanged (the record of the tree published until now is kept as the back
    /// tree's); false: both trees were made anew (the back tree's record no longer holds); null: neither changed.
    /// </param>
    /// <param name="touched">The files the last two builds touched (<see cref="SiteTree.Publish"/>), or null to stamp every file.</param>
    private static void Record(string state, string outputFolder, Manifest manifest, IReadOnlyDictionary<string, TreeFile> files,
        bool? exchanged, IReadOnlyCollection<string>? touched = null)
    {
        var back = touched is null ? null : OutputStamps.LoadBack(state);
        var stamps = back is not null && back.IsOf(outputFolder) ? back.Updated(outputFolder, files, touched!) : OutputStamps.Take(outputFolder, files);
        if (exchanged == true) OutputStamps.KeepAsBack(state);
        else if (exchanged == false) OutputStamps.ForgetBack(state);
        stamps.Save(state);
        BuildSummary.Of(manifest with { OutputFolder = outputFolder }).Save(state);
    }

    internal static string CheckOutput(BuildOptions options, string siteFolder, SiteConfig config) =>
        options.OutputFolder is null
            ? OutputLocation.Check(siteFolder, config.OutputFolder, $"'output:' in {SiteConfigLoader.FileName}", config.OutputSetAt)
            : OutputLocation.Check(siteFolder, options.OutputFolder, "--output");

    private static BuildResult Result(string outputFolder, Manifest manifest, RenderedSite site, Manifest? previous, IReadOnlySet<string> damaged, StageClock clock) =>
        new(outputFolder, manifest.PagesPerLanguage, site.Files.Count, clock.Elapsed, manifest.Warnings,
            site.Changed(previous, damaged).Count(), site.Removed(previous).Count(), clock.Stages);

    /// <summary>
    /// Runs a step that writes the site, turning a failure of the disk into an error that names the
    /// path; <paramref name="undo"/> then puts things back as the last good build left them.
    /// </summary>
    private static void Writing(string path, Action write, Action? undo = null)
    {
        try
        {
            write();
        }
        catch (Exception e) when (IoErrors.IsIo(e))
        {
            try
            {
                undo?.Invoke();
            }
            catch (Exception again) when (IoErrors.IsIo(again))
            {
                // The next build tries again (SiteTree.Recover runs first).
            }

            throw IoErrors.Writing(e, IoErrors.PathIn(e) ?? path);
        }
    }
}
