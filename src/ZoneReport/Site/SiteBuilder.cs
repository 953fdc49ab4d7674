using System.Collections.Immutable;
using System.Diagnostics;
using ZoneReport.Configuration;
using ZoneReport.Content;
using ZoneReport.Data;
using ZoneReport.Diagnostics;
using ZoneReport.Markdown;
using ZoneReport.Model;
using ZoneReport.Output;
using ZoneReport.Rendering;

namespace ZoneReport.Site;

public sealed record BuildOptions(string SiteFolder, string? OutputFolder = null, bool IncludeDrafts = false);

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
        var media = CopyMedia(content, siteFolder, staging);
        staging.Publish();

        var perLanguage = pages.Where(p => p.Path != PagePaths.Landing && p.Path != PagePaths.RootNotFound)
            .GroupBy(p => p.Language.Id)
            .ToImmutableSortedDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new BuildResult(outputFolder, perLanguage, pages.Count + assets.Files.Count + media, clock.Elapsed, loaded.Warnings);
    }

    private static int CopyMedia(SiteContent content, string siteFolder, StagingFolder staging)
    {
        var count = 0;
        foreach (var edition in content.Editions)
        {
            var folder = Path.Combine(siteFolder, Path.GetDirectoryName(edition.SourceFile)!);
            foreach (var photo in content.DataOf(edition).Photos.Where(p => p.File is not null))
            {
                staging.CopyFile(Path.Combine(folder, photo.File!), PagePaths.Media(edition, photo.File!));
                count++;
            }
        }

        return count;
    }
}
