using System.Collections.Immutable;
using ZoneReport.Configuration;
using ZoneReport.Diagnostics;
using ZoneReport.Site;

namespace ZoneReport.Engine;

/// <summary>
/// The live preview's site, held in memory: the first build renders every file into memory, each
/// rebuild renders only the nodes whose inputs changed (the same engine and manifest as `build`,
/// kept in memory instead of .cache/) and swaps the changed files in; nothing is written to disk
/// until <see cref="WriteToDisk"/>. A failed rebuild keeps serving the last good site and keeps its
/// errors for the browser to show.
/// </summary>
public sealed class PreviewSite(BuildOptions buildOptions)
{
    private readonly BuildOptions options = buildOptions with { Memo = new ParseMemo() };
    private string? _settingsHash;
    private readonly object _gate = new();
    private ImmutableDictionary<string, byte[]> _files = ImmutableDictionary<string, byte[]>.Empty.WithComparers(StringComparer.Ordinal);
    private Manifest? _last;
    private string? _sources;

    /// <summary>Counts good builds: a page reloads when it changes.</summary>
    public int Version { get; private set; }

    /// <summary>The errors of the last rebuild if it failed; empty after a good one.</summary>
    public IReadOnlyList<BuildError> Errors { get; private set; } = [];

    public IReadOnlyList<BuildError> Warnings { get; private set; } = [];

    /// <summary>Files the last rebuild wrote into memory (changed bytes) and removed.</summary>
    public (int Changed, int Removed, TimeSpan Elapsed) LastRebuild { get; private set; }

    public int FileCount => _files.Count;

    /// <summary>A file of the site by its path ("en/index.html"), or null.</summary>
    public byte[]? Find(string path) => _files.GetValueOrDefault(path);

    /// <summary>Rebuilds what changed since the last good build; false (and <see cref="Errors"/>) when the sources have errors.</summary>
    public bool Rebuild()
    {
        lock (_gate)
        {
            var clock = new StageClock();
            try
            {
                var siteFolder = Path.GetFullPath(options.SiteFolder);
                var reading = SiteConfigLoader.Read(siteFolder);
                if (reading.Errors.Length > 0) throw Site.SiteCheck.WithSiteYmlErrors(options, siteFolder, reading, output: false);
                var config = reading.Config!;
                var sources = SourceHashes.Read(siteFolder,
                    options.UseImageCache ? SourceHashes.StampsIn(Path.Combine(siteFolder, BuildOptions.CacheFolder, "engine")) : null);
                if (_settingsHash != sources.Of("site.yml"))
                {
                    options.Memo!.Clear();
                    _settingsHash = sources.Of("site.yml");
                }

                if (_sources == SitePipeline.SourcesAndEngine(sources) && Errors.Count == 0)
                {
                    LastRebuild = (0, 0, clock.Elapsed);
                    return true;
                }

                var outcome = SitePipeline.Run(options, siteFolder, config, sources, _last, ImmutableHashSet<string>.Empty, clock);
                var site = outcome.Site;
                var changed = site.Changed(_last, ImmutableHashSet<string>.Empty).ToList();
                var removed = site.Removed(_last).ToList();
                var files = _files.ToBuilder();
                foreach (var path in changed) files[path] = site.Rendered[path];
                foreach (var path in removed) files.Remove(path);
                _files = files.ToImmutable();
                _last = outcome.Manifest;
                _sources = outcome.Manifest.Sources;
                Warnings = outcome.Manifest.Warnings;
                Errors = [];
                Version++;
                LastRebuild = (changed.Count, removed.Count, clock.Elapsed);
                return true;
            }
            catch (BuildException e)
            {
                Errors = e.Errors;
                return false;
            }
            catch (IOException e)
            {
                // A file saved or deleted while it was read: the next save rebuilds again.
                Errors = [new BuildError(SourceLocation.FileOnly(options.SiteFolder), $"could not read the site: {e.Message}", "save the file again")];
                return false;
            }
        }
    }

    /// <summary>
    /// Writes the last good site to the output folder: as `build` does (incrementally, atomically)
    /// while the sources build; while they have errors, the site in memory is published as a new
    /// tree, with its manifest, so the next `build` goes on from it.
    /// </summary>
    public BuildResult WriteToDisk()
    {
        lock (_gate)
        {
            if (Errors.Count == 0 || _last is null) return SiteBuilder.Build(buildOptions);
            var clock = new StageClock();
            var siteFolder = Path.GetFullPath(options.SiteFolder);
            var config = SiteConfigLoader.Load(siteFolder);
            var outputFolder = Path.GetFullPath(Path.Combine(siteFolder, options.OutputFolder ?? config.OutputFolder));
            var state = Path.Combine(siteFolder, BuildOptions.CacheFolder, "engine");
            using var buildLock = Output.BuildLock.Acquire(siteFolder, options.LockWait);
            using var outputLock = Output.BuildLock.AcquireOutput(siteFolder, outputFolder, options.LockWait);
            Manifest.Delete(state);
            using (var staging = new Output.StagingFolder(outputFolder, options.FileSystem))
            {
                // The staging folder holds its marker from the start.
                var files = _files.Where(f => f.Key != Output.SiteMarker.FileName).Select(f => (f.Key, f.Value)).ToList();
                new TreeWriter(staging.Root, null, options.FileSystem).WriteAll(files);
                staging.Publish();
            }

            new SiteTree(outputFolder, state).ForgetBack();
            if (options.UseImageCache) (_last with { OutputFolder = outputFolder }).Save(state);
            return new BuildResult(outputFolder, _last.PagesPerLanguage, _files.Count, clock.Elapsed, _last.Warnings, _files.Count);
        }
    }
}
