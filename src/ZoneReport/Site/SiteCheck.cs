using System.Collections.Immutable;
using ZoneReport.Checks;
using ZoneReport.Configuration;
using ZoneReport.Content;
using ZoneReport.Data;
using ZoneReport.Diagnostics;
using ZoneReport.Engine;
using ZoneReport.Markdown;
using ZoneReport.Model;
using ZoneReport.Translation;

namespace ZoneReport.Site;

/// <summary>What `check` found: every error (the build would fail) and every warning, sorted by file and line.</summary>
public sealed record CheckReport(ImmutableArray<BuildError> Errors, ImmutableArray<BuildError> Warnings)
{
    public bool Failed => Errors.Length > 0;
}

/// <summary>
/// Everything a build checks, without writing anything: the pipeline renders every page in memory
/// and its warnings (stale translations among them) or errors are the result. <see cref="Everything"/>
/// adds the checks of the content that the build leaves to `check`.
/// </summary>
public static class SiteCheck
{
    /// <exception cref="BuildException">Every error found.</exception>
    public static ImmutableArray<BuildError> Run(BuildOptions options)
    {
        var siteFolder = Path.GetFullPath(options.SiteFolder);
        if (!Directory.Exists(siteFolder))
        {
            throw new BuildException(SourceLocation.PathOnly(siteFolder), $"the site folder '{siteFolder}' does not exist",
                "run the command from the site folder, or pass --source with the folder that holds site.yml");
        }

        var reading = SiteConfigLoader.Read(siteFolder);
        if (reading.Errors.Length > 0) throw WithSiteYmlErrors(options, siteFolder, reading, output: false);
        var config = reading.Config!;
        var outcome = SitePipeline.Run(options, siteFolder, config, SourceHashes.Read(siteFolder), null, ImmutableHashSet<string>.Empty, new StageClock());
        return outcome.Manifest.Warnings;
    }

    /// <summary>
    /// site.yml has errors: when its languages could be read, the output folder and the rest of the
    /// site are still checked with its other settings (bad ones stand in as defaults), so one run
    /// shows every independent error. Nothing is written.
    /// </summary>
    internal static BuildException WithSiteYmlErrors(BuildOptions options, string siteFolder, SiteConfigLoader.Reading reading, bool output = true)
    {
        var errors = new ErrorCollector();
        errors.AddRange(reading.Errors);
        if (reading.Config is { } config)
        {
            if (output) errors.Try(() => SiteBuilder.CheckOutput(options, siteFolder, config));
            errors.Try(() => SitePipeline.Run(options with { Search = false }, siteFolder, config, SourceHashes.Read(siteFolder), null,
                ImmutableHashSet<string>.Empty, new StageClock()));
        }

        return new BuildException(errors.Errors);
    }

    /// <summary>
    /// `zonereport check`: the build's checks (every error in one pass: front matter, data, Markdown
    /// and links, images, templates; punctuation, glossary and stale translations as warnings), then,
    /// when the content loads, figure parity with the text (<see cref="FigureMentions"/>) and the
    /// translation review's findings (<see cref="TranslationFindings"/>: errors under
    /// 'stale_translation: error', warnings otherwise).
    /// </summary>
    public static CheckReport Everything(BuildOptions options)
    {
        var errors = ImmutableArray<BuildError>.Empty;
        var warnings = ImmutableArray<BuildError>.Empty;
        try
        {
            warnings = Run(options);
        }
        catch (BuildException e)
        {
            errors = [.. e.Errors];
        }

        if (Load(options) is { } content)
        {
            var siteFolder = Path.GetFullPath(options.SiteFolder);
            warnings = warnings.AddRange(FigureMentions.Check(content));
            var markdown = new MarkdownRenderer();
            var review = TranslationReview.Run(content, text => markdown.Parse(text.Body), siteFolder);
            var findings = TranslationFindings.Of(review);
            if (review.Config.StaleTranslation == StaleTranslationPolicy.Error) errors = errors.AddRange(findings);
            else warnings = warnings.AddRange(findings);
        }

        return new CheckReport(Sorted(errors), Sorted(warnings));
    }

    /// <summary>The content and data as the build reads them, or null when they have errors (reported by the build's checks).</summary>
    private static SiteContent? Load(BuildOptions options)
    {
        try
        {
            var siteFolder = Path.GetFullPath(options.SiteFolder);
            var config = SiteConfigLoader.Load(siteFolder);
            var loaded = new ContentLoader(config, siteFolder, options.Publishing()).Load();
            var errors = new ErrorCollector();
            var data = new EditionDataLoader(config, siteFolder).LoadAll(loaded.Editions, loaded.ArticleFiles!, errors, loaded.Withheld);
            return errors.HasErrors ? null : new SiteContent(config, loaded.Zones, loaded.Editions, loaded.Articles, data);
        }
        catch (BuildException)
        {
            return null;
        }
    }

    private static ImmutableArray<BuildError> Sorted(ImmutableArray<BuildError> problems) =>
        [.. problems.Distinct().OrderBy(p => p.Location.File, StringComparer.Ordinal).ThenBy(p => p.Location.Line).ThenBy(p => p.Location.Column)];
}
