using System.Collections.Immutable;
using System.Diagnostics;
using ZoneReport.Archive;
using ZoneReport.Checks;
using ZoneReport.Configuration;
using ZoneReport.Content;
using ZoneReport.Data;
using ZoneReport.Diagnostics;
using ZoneReport.Images;
using ZoneReport.Markdown;
using ZoneReport.Model;
using ZoneReport.Output;
using ZoneReport.Rendering;

namespace ZoneReport.Site;

/// <param name="UseImageCache">Keep resized photos in the site's .cache/ folder between builds (the output is the same either way).</param>
public sealed record BuildOptions(string SiteFolder, string? OutputFolder = null, bool IncludeDrafts = false, bool UseImageCache = true)
{
    public const string CacheFolder = ".cache";
}

public sealed record BuildResult(
    string OutputFolder,
    ImmutableSortedDictionary<string, int> PagesPerLanguage,
    int TotalFiles,
    TimeSpan Elapsed,
    ImmutableArray<BuildError> Warnings)
{
    public string Summary =>
        $"Built {TotalFiles} files into {OutputFolder}: " +
        string.Join(", ", PagesPerLanguage.Select(p => $"{p.Value} {p.Key} pages")) +
        $" in {Elapsed.TotalSeconds:0.00} s" +
        (Warnings.Length > 0 ? $", {Warnings.Length} warning(s)" : "");
}

/// <summary>
/// The whole pipeline, one way: load (config, content, data), check (Markdown bodies), model (views),
/// render (pages in parallel), write (staging folder swapped in at the end).
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var siteFolder = Path.GetFullPath(options.SiteFolder);
        var config = SiteConfigLoader.Load(siteFolder); // without the languages nothing else can be read

        // Every stage reports into one collector and goes on with what it could read, so one run
        // shows every independent problem; the build stops before anything is written.
        var errors = new ErrorCollector();
        var loaded = new ContentLoader(config, siteFolder, options.IncludeDrafts).Load(errors);
        var articleKeys = loaded.ArticleFiles ?? loaded.Articles.ToLookup(a => a.Edition.Key, a => a.Key, StringComparer.Ordinal);
        var data = new EditionDataLoader(config, siteFolder).LoadAll(loaded.Editions, articleKeys, errors);
        var content = new SiteContent(config, loaded.Zones, loaded.Editions, loaded.Articles, data);

        var markdown = new MarkdownRenderer();
        var bodies = new ArticleBodies(markdown).ParseAndCheck(content, errors);
        var warnings = loaded.Warnings.AddRange(Punctuation.Check(bodies));
        var imageCache = options.UseImageCache ? new ImageCache(Path.Combine(siteFolder, BuildOptions.CacheFolder, "images")) : null;
        (content, var images) = new ImageProcessor(new ImageEncoder(config.Images), imageCache).Process(content, siteFolder, errors);
        var templates = errors.Try(() => TemplateSet.Load(siteFolder));
        var dictionary = errors.Try(() => Dictionary.Load(siteFolder, config.Languages));
        var assets = errors.Try(() => Assets.Load(siteFolder));
        if (templates is null || dictionary is null || assets is null) throw new BuildException(errors.Errors);
        warnings = warnings.AddRange(InterfacePunctuation.Check(siteFolder, config)); // its files are known to be sound YAML now

        var views = config.Languages.ToDictionary(l => l.Id, l => new ContentViews(content, l, EditionCharts.For(content, l, dictionary)));
        var pages = SitePages.List(content, views);
        OutputCollisions.Check(pages, assets, images, errors);
        var renderer = new PageRenderer(content, templates, dictionary, assets, views, bodies, markdown);

        // With errors already found, pages are still rendered (template mistakes are independent
        // problems) but not written. A page whose article has errors is left out: its errors say
        // all there is to say about it.
        var outputFolder = Path.GetFullPath(Path.Combine(siteFolder, options.OutputFolder ?? config.OutputFolder));
        using var staging = errors.HasErrors ? null : new StagingFolder(outputFolder);
        Parallel.ForEach(pages, page =>
        {
            if (page.Body is var (_, text) && errors.HasErrorsIn(text.SourceFile)) return;
            var html = errors.Try(() => renderer.Render(page));
            if (html is not null && staging is not null && !errors.HasErrors) staging.WriteText(page.Path, html);
        });
        errors.ThrowIfAny();

        foreach (var (_, (path, bytes)) in assets.Files) staging!.WriteBytes(path, bytes);
        foreach (var image in images) staging!.WriteBytes(image.Path, image.Content);
        staging!.WriteText(Sitemap.SitemapPath, Sitemap.Xml(config, pages));
        staging.WriteText(Sitemap.RobotsPath, Sitemap.Robots(config));
        // Last, so it lists every file the build wrote.
        staging.WriteText(SiteManifest.FileName, SiteManifest.For(staging.Root));
        staging.Publish();

        var perLanguage = pages.Where(p => p.Path != PagePaths.Landing && p.Path != PagePaths.RootNotFound)
            .GroupBy(p => p.Language.Id)
            .ToImmutableSortedDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new BuildResult(outputFolder, perLanguage, pages.Count + assets.Files.Count + images.Length + Sitemap.FileCount + 1, clock.Elapsed, warnings);
    }
}
