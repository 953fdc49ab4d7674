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
/// A save is answered in two steps: <see cref="RenderSaved"/> renders the saved articles' own pages
/// at once from the model of the last good rebuild (<see cref="QuickRender"/>), then
/// <see cref="Rebuild"/> makes the whole site as `build` would and replaces them. The quick pages
/// never outlive the rebuild that read their saves: what is served after it equals a build.
/// </summary>
public sealed class PreviewSite(BuildOptions buildOptions)
{
    private readonly BuildOptions options = buildOptions with { Memo = new ParseMemo() };
    private string? _settingsHash;
    private readonly object _gate = new();
    private ImmutableDictionary<string, byte[]> _files = ImmutableDictionary<string, byte[]>.Empty.WithComparers(StringComparer.Ordinal);
    private Manifest? _last;
    private string? _sources;
    private RenderModel? _model;

    // The files of the last good rebuild; _files is these with the quick pages of later saves laid over.
    private ImmutableDictionary<string, byte[]> _built = ImmutableDictionary<string, byte[]>.Empty.WithComparers(StringComparer.Ordinal);
    private ImmutableDictionary<string, long> _quick = ImmutableDictionary<string, long>.Empty.WithComparers(StringComparer.Ordinal);
    private readonly object _quickGate = new();
    private readonly object _swap = new();
    private long _saves;

    /// <summary>Counts good builds and quick renders: a page reloads when it changes.</summary>
    public int Version { get; private set; }

    /// <summary>Pages the last <see cref="RenderSaved"/> rendered, and how long it took.</summary>
    public (int Pages, TimeSpan Elapsed) LastQuickRender { get; private set; }

    /// <summary>The errors of the last rebuild if it failed; empty after a good one.</summary>
    public IReadOnlyList<BuildError> Errors { get; private set; } = [];

    public IReadOnlyList<BuildError> Warnings { get; private set; } = [];

    /// <summary>Files the last rebuild wrote into memory (changed bytes) and removed.</summary>
    public (int Changed, int Removed, TimeSpan Elapsed) LastRebuild { get; private set; }

    public int FileCount => _files.Count;

    /// <summary>The paths of every file served.</summary>
    public IEnumerable<string> Paths => _files.Keys;

    /// <summary>A file of the site by its path ("en/index.html"), or null.</summary>
    public byte[]? Find(string path) => _files.GetValueOrDefault(path);

    /// <summary>
    /// The quick first step after a save: renders the pages of the saved articles from the last good
    /// rebuild's model and serves them at once. False when it cannot (see <see cref="QuickRender"/>)
    /// or the site has errors: then only the full <see cref="Rebuild"/>, which must follow either way, answers.
    /// Does not wait for a rebuild that is running.
    /// </summary>
    /// <param name="saved">The files saved, relative to the site folder.</param>
    public bool RenderSaved(IReadOnlyCollection<string> saved)
    {
        lock (_quickGate)
        {
            var clock = new StageClock();
            var model = _model;
            if (model is null || Errors.Count > 0) return false;
            long save;
            lock (_swap) save = ++_saves;
            IReadOnlyList<(string Path, byte[] Bytes)>? pages;
            try
            {
                pages = QuickRender.PagesOf(model, Path.GetFullPath(options.SiteFolder), saved, options.Publishing());
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Whatever stops the quick page, the full rebuild that follows reports it properly.
                pages = null;
            }

            if (pages is null) return false;
            lock (_swap)
            {
                // A rebuild that finished meanwhile may have read a newer save than this render did.
                if (Errors.Count > 0) return false;
                _files = _files.SetItems(pages.Select(p => KeyValuePair.Create(p.Path, p.Bytes)));
                _quick = _quick.SetItems(pages.Select(p => KeyValuePair.Create(p.Path, save)));
                Version++;
            }

            LastQuickRender = (pages.Count, clock.Elapsed);
            return true;
        }
    }

    /// <summary>
    /// Swaps in the files of a rebuild that began when <paramref name="savesSeen"/> saves had been
    /// counted: quick pages of earlier saves give way to it (it read those saves); later ones stay
    /// laid over it until the rebuild after them.
    /// </summary>
    private void Publish(ImmutableDictionary<string, byte[]> built, long savesSeen, bool changed)
    {
        lock (_swap)
        {
            var later = _quick.Where(q => q.Value > savesSeen).ToList();
            var files = built;
            foreach (var (path, _) in later)
            {
                if (_files.TryGetValue(path, out var bytes)) files = files.SetItem(path, bytes);
            }

            if (changed || _quick.Count != later.Count) Version++;
            _built = built;
            _quick = ImmutableDictionary.CreateRange(StringComparer.Ordinal, later);
            _files = files;
        }
    }

    /// <summary>Rebuilds what changed since the last good build; false (and <see cref="Errors"/>) when the sources have errors.</summary>
    public bool Rebuild()
    {
        lock (_gate)
        {
            var clock = new StageClock();
            long savesSeen;
            lock (_swap) savesSeen = _saves;
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
                    // Saved back as it was: a quick page of the save in between gives way to the built one.
                    Publish(_built, savesSeen, changed: false);
                    LastRebuild = (0, 0, clock.Elapsed);
                    return true;
                }

                var outcome = SitePipeline.Run(options, siteFolder, config, sources, _last, ImmutableHashSet<string>.Empty, clock);
                var site = outcome.Site;
                var changed = site.Changed(_last, ImmutableHashSet<string>.Empty).ToList();
                var removed = site.Removed(_last).ToList();
                var files = _built.ToBuilder();
                foreach (var path in changed) files[path] = site.Rendered[path];
                foreach (var path in removed) files.Remove(path);
                _last = outcome.Manifest;
                _sources = outcome.Manifest.Sources;
                _model = outcome.Model;
                Warnings = outcome.Manifest.Warnings;
                Errors = [];
                Publish(files.ToImmutable(), savesSeen, changed: true);
                LastRebuild = (changed.Count, removed.Count, clock.Elapsed);
                return true;
            }
            catch (BuildException e)
            {
                return Failed(e.Errors, savesSeen);
            }
            catch (IOException e)
            {
                // A file saved or deleted while it was read: the next save rebuilds again.
                return Failed([new BuildError(SourceLocation.FileOnly(options.SiteFolder), $"could not read the site: {e.Message}", "save the file again")], savesSeen);
            }
        }
    }

    /// <summary>The site has errors: the browser shows them over the last good build (the quick pages of the saves it read are dropped).</summary>
    private bool Failed(IReadOnlyList<BuildError> errors, long savesSeen)
    {
        lock (_swap) Errors = errors;
        Publish(_built, savesSeen, changed: false);
        return false;
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
                var files = _built.Where(f => f.Key != Output.SiteMarker.FileName).Select(f => (f.Key, f.Value)).ToList();
                new TreeWriter(staging.Root, null, options.FileSystem).WriteAll(files);
                staging.Publish();
            }

            new SiteTree(outputFolder, state).ForgetBack();
            if (options.UseImageCache) (_last with { OutputFolder = outputFolder }).Save(state);
            return new BuildResult(outputFolder, _last.PagesPerLanguage, _built.Count, clock.Elapsed, _last.Warnings, _built.Count);
        }
    }
}
