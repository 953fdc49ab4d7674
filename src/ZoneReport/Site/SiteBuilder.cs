using System.Collections.Immutable;
using System.Diagnostics;
using ZoneReport.Archive;
using ZoneReport.Checks;
using ZoneReport.Configuration;
using ZoneReport.Content;
using ZoneReport.Data;
using ZoneReport.Diagnostics;
using ZoneReport.Formats;
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
        var config = SiteConfigLoader.Load(siteFolder);
        var loaded = new ContentLoader(config, siteFolder, options.IncludeDrafts).Load();
        var data = new EditionDataLoader(config, siteFolder).LoadAll(loaded.Editions, loaded.Articles);
        var content = new SiteContent(config, loaded.Zones, loaded.Editions, loaded.Articles, data);

        var markdown = new MarkdownRenderer();
        var bodies = new ArticleBodies(markdown).ParseAndCheck(content);
        var warnings = loaded.Warnings.AddRange(Punctuation.Check(bodies)).AddRange(InterfacePunctuation.Check(siteFolder, config));
        var imageCache = options.UseImageCache ? new ImageCache(Path.Combine(siteFolder, BuildOptions.CacheFolder, "images")) : null;
        (content, var images) = new ImageProcessor(new ImageEncoder(config.Images), imageCache).Process(content, siteFolder);
        var templates = TemplateSet.Load(siteFolder);
        var dictionary = Dictionary.Load(siteFolder, config.Languages);
        var assets = Assets.Load(siteFolder);
        var views = config.Languages.ToDictionary(l => l.Id, l => new ContentViews(content, l, EditionCharts.For(content, l, dictionary)));
        var pages = SitePages.List(content, views);
        var renderer = new PageRenderer(content, templates, dictionary, assets, views, bodies, markdown);

        var outputFolder = Path.GetFullPath(Path.Combine(siteFolder, options.OutputFolder ?? config.OutputFolder));
        using var staging = new StagingFolder(outputFolder);
        var errors = new ErrorCollector();
        Parallel.ForEach(pages, page =>
        {
            try
            {
                staging.WriteText(page.Path, renderer.Render(page));
            }
            catch (BuildException e)
            {
                foreach (var error in e.Errors) errors.Add(error);
            }
        });
        errors.ThrowIfAny();

        foreach (var (_, (path, bytes)) in assets.Files) staging.WriteBytes(path, bytes);
        foreach (var image in images) staging.WriteBytes(image.Path, image.Content);
        staging.WriteText(Sitemap.SitemapPath, Sitemap.Xml(config, pages));
        staging.WriteText(Sitemap.RobotsPath, Sitemap.Robots(config));
        var feeds = AtomFeed.List(content);
        foreach (var feed in feeds) staging.WriteText(feed.Path, AtomFeed.Xml(content, feed));
        var withFigures = content.Editions.Where(e => content.DataOf(e).Figures.Length > 0).ToList();
        foreach (var edition in withFigures)
        {
            staging.WriteText(FigureData.CsvPath(edition), FigureData.Csv(config, edition, content.DataOf(edition)));
            staging.WriteText(FigureData.JsonPath(edition), FigureData.Json(config, edition, content.DataOf(edition)));
        }

        // Last, so it lists every file the build wrote.
        staging.WriteText(SiteManifest.FileName, SiteManifest.For(staging.Root));
        staging.Publish();

        var perLanguage = pages.Where(p => p.Path != PagePaths.Landing && p.Path != PagePaths.RootNotFound)
            .GroupBy(p => p.Language.Id)
            .ToImmutableSortedDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new BuildResult(outputFolder, perLanguage, pages.Count + assets.Files.Count + images.Length + Sitemap.FileCount + feeds.Count + 2 * withFigures.Count + 1, clock.Elapsed, warnings);
    }
}
