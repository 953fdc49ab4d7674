using System.Collections.Immutable;
using ZoneReport.Archive;
using ZoneReport.Checks;
using ZoneReport.Content;
using ZoneReport.Data;
using ZoneReport.Diagnostics;
using ZoneReport.Engine;
using ZoneReport.Formats;
using ZoneReport.Formats.Citations;
using ZoneReport.Images;
using ZoneReport.Markdown;
using ZoneReport.Model;
using ZoneReport.Rendering;
using ZoneReport.Search;
using ZoneReport.Translation;

namespace ZoneReport.Site;

/// <summary>What one run of the pipeline gives: the files of the site (rendered now or unchanged) and the manifest to keep.</summary>
public sealed record PipelineOutcome(RenderedSite Site, Manifest Manifest)
{
    /// <summary>What the pages were rendered from: the preview keeps it to render a saved article's page at once.</summary>
    public RenderModel? Model { get; init; }
}

/// <summary>The model the pages of one good run were rendered from (content after image processing, views, templates).</summary>
public sealed record RenderModel(SiteContent Content, IReadOnlyDictionary<string, ContentViews> Views, TemplateSet Templates,
    Dictionary Dictionary, Assets Assets, MarkdownRenderer Markdown, IReadOnlyDictionary<ArticleText, string> TranslationNotices, bool Search);

/// <summary>
/// The whole pipeline, one way: load (config, content, data), model (views), list every output as a
/// node (<see cref="SiteNodes"/>), render the nodes whose inputs changed since <c>previous</c>
/// (<see cref="BuildEngine"/>), check the bodies of the articles rendered. Writes nothing: the build
/// publishes to disk, the preview keeps the result in memory.
/// </summary>
public static class SitePipeline
{
    public static PipelineOutcome Run(BuildOptions options, string siteFolder, SiteConfig config, SourceHashes sources,
        Manifest? previous, IReadOnlySet<string> renderAgain, StageClock clock, Action<string, byte[]>? writeAsRendered = null)
    {
        // Every stage reports into one collector and goes on with what it could read, so one run
        // shows every independent problem; nothing is rendered for keeps once there is an error.
        var errors = new ErrorCollector();
        var publishing = options.Publishing();
        var cache = options.UseImageCache && options.Memo is null
            ? new ParseCache(Path.Combine(siteFolder, BuildOptions.CacheFolder, "engine", "parsed"), sources.Of("site.yml"), sources)
            : null;
        var loaded = new ContentLoader(config, siteFolder, publishing, options.Memo, cache).Load(errors);
        var articleKeys = loaded.ArticleFiles ?? loaded.Articles.ToLookup(a => a.Edition.Key, a => a.Key, StringComparer.Ordinal);
        clock.Lap("load content");
        var data = new EditionDataLoader(config, siteFolder, cache).LoadAll(loaded.Editions, articleKeys, errors, loaded.Withheld);
        cache?.Save();
        // Every output depends on which articles are public now (lists, sitemap, feeds): part of the settings.
        var settings = PublishingSchedule.Settings(options.Settings, loaded.Articles.Concat(loaded.Withheld), publishing.Now);
        var content = new SiteContent(config, loaded.Zones, loaded.Editions, loaded.Articles, data);
        clock.Lap(cache is null ? "load data" : $"load data ({cache.Hits} files from the parse cache, {cache.Parsed} parsed)");

        var markdown = new MarkdownRenderer();
        var imageCache = options.UseImageCache ? new ImageCache(Path.Combine(siteFolder, BuildOptions.CacheFolder, "images")) : null;
        clock.Lap("settings");
        (content, var images) = new ImageProcessor(new ImageEncoder(config.Images), imageCache).Process(content, siteFolder, errors);
        var bodies = new BodiesOnDemand(new ArticleBodies(markdown), content, errors);
        var templates = errors.Try(() => TemplateSet.Load(siteFolder));
        var dictionary = errors.Try(() => Dictionary.Load(siteFolder, config.Languages));
        var assets = errors.Try(() => Assets.Load(siteFolder));
        if (templates is null || dictionary is null || assets is null) throw new BuildException(errors.Errors);
        clock.Lap("images, templates, dictionary, assets");
        var views = config.Languages.ToDictionary(l => l.Id, l => new ContentViews(content, l, EditionCharts.For(content, l, dictionary)));
        var translations = errors.Try(() => StaleTranslations.Report(
            TranslationPairs.Load(content, t => markdown.Parse(t.Body), siteFolder, recordedOnly: true),
            config.StaleTranslation, dictionary.Find, TranslationReview.RevisedOn)) ?? TranslationStates.None;
        foreach (var error in translations.Errors) errors.Add(error);
        clock.Lap("views, translations");
        var pages = SitePages.List(content, views, translations.Notices, options.Search);
        clock.Lap("list pages");
        OutputCollisions.Check(pages, assets, images, errors);
        // One citation per address: two pages on one address are already an error, reported above.
        var citations = Citations.For(content, pages.DistinctBy(p => p.Path, StringComparer.Ordinal));
        var cite = Citations.Attacher(citations);
        clock.Lap("collisions, citations");
        var renderer = new PageRenderer(content, templates, dictionary, assets, views, bodies.Of, markdown, options.Search);
        if (errors.HasErrors) throw FindTheRest(content, pages, bodies, renderer, cite, errors);

        NodeOutput RenderPage(PageSpec page)
        {
            cite(page);
            var html = renderer.Render(page);
            // An article page also read the articles it links to: a change to one of them (its slug, its
            // removal; its anchors when the link points into it) renders this page again.
            // So did a translation its original, whose placements it must follow (and whose revision its notice tells).
            var linked = page.Body is var (article, text)
                ? bodies.Of(article, text).LinkTargets.Select(t => t.Key.Contains('#') ? t.Value.Text.SourceFile : ArticleCards.Name(t.Value.Text.SourceFile))
                    .Concat(text.Language != config.DefaultLanguage && article.In(config.DefaultLanguage) is { } original ? [original.SourceFile] : [])
                : null;
            return NodeOutput.Text(html, linked);
        }

        // Old addresses lead to the pages' present ones; the addresses published before must all still be built.
        var redirects = RedirectPage.List(content, pages);
        var copies = AliasCopies.List(content, AtomFeed.List(content), errors);
        var promised = UrlList.Of(content, pages, redirects, copies);
        string RenderRedirect(Redirect redirect) => RedirectPage.Html(config, redirect, dictionary.Find(redirect.Target.Language, "moved_to") ?? "→");
        var texts = content.Articles.SelectMany(a => a.Texts.Values).ToList();
        var shown = ArticleCards.Shown(sources, texts);
        var urls = UrlList.Text(promised);
        var nodes = SiteNodes.List(Inputs.Start(sources, settings, shown), pages, RenderPage, assets, images, content, citations, redirects, RenderRedirect, copies, urls,
            (language, key) => dictionary.Find(language, key) ?? throw new BuildException(SourceLocation.FileOnly($"{TemplateSet.Folder}/i18n/{language.Id}.yml"),
                $"the interface word '{key}' of the corrections feed is missing", "add it to every file in templates/i18n/"));
        var aliases = redirects.Select(r => (r.Alias, r.Target.Path)).Concat(copies.Select(c => (c.Alias, c.TargetPath))).ToList();
        // A path written more often than aliases claim it is also another output, which the alias may not replace.
        var aliasPaths = aliases.CountBy(a => a.Alias.OutputPath, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        // Listed only when there are aliases to check against them.
        var outputs = nodes.GroupBy(n => n.Path, StringComparer.Ordinal).Where(g => g.Count() > aliasPaths.GetValueOrDefault(g.Key)).Select(g => g.Key)
            .Append(SiteManifest.FileName);
        AliasCheck.Check(aliases, outputs, pages, errors);
        var outputFolder = Path.GetFullPath(Path.Combine(siteFolder, options.OutputFolder ?? config.OutputFolder));
        var (committed, lastBuild) = PermanentAddresses.Load(siteFolder, outputFolder);
        var addressWarnings = PermanentAddresses.Check(content, promised, urls, () => nodes.Select(n => UrlList.AddressOf(n.Path)).ToHashSet(StringComparer.Ordinal),
            PermanentAddresses.Withheld(loaded.Withheld), committed, lastBuild, errors);
        errors.ThrowIfAny();
        clock.Lap("fingerprint nodes");
        // The checksum manifest lists every other file: made last, from the hashes the engine keeps.
        // The search index reads every finished page, so with search the pages are kept, not streamed to disk.
        var site = BuildEngine.Render(nodes, ArticleCards.Readable(sources, shown), previous, renderAgain, options.Search ? null : writeAsRendered);
        if (options.Search)
        {
            var published = Path.GetFullPath(Path.Combine(siteFolder, options.OutputFolder ?? config.OutputFolder));
            site = SearchIndex.AddTo(site, previous, page => File.ReadAllBytes(Path.Combine(published, page)),
                Path.Combine(siteFolder, BuildOptions.CacheFolder), options.SearchTool);
        }

        site = site.WithFileOfHashes(SiteManifest.FileName, SiteManifest.For);
        clock.Lap($"render {site.RenderedCount} changed nodes");
        var bodyWarnings = BodyWarnings(content, bodies, sources, previous);
        clock.Lap("checks of unchanged articles");

        var perLanguage = pages.Where(p => p.Path != PagePaths.Landing && p.Path != PagePaths.RootNotFound)
            .GroupBy(p => p.Language.Id)
            .ToImmutableSortedDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        // The site-wide checks keep their warnings per file (or article, or edition) in the manifest
        // beside the body warnings, under keys of their own ("placeholders:content/..."), and check
        // again only what changed.
        var checks = new CheckCache(previous?.BodyWarnings);
        var warnings = loaded.Warnings.AddRange(bodyWarnings.Values.SelectMany(w => w.Warnings)
                .OrderBy(w => w.Location.File, StringComparer.Ordinal).ThenBy(w => w.Location.Line).ThenBy(w => w.Location.Column))
            .AddRange(InterfacePunctuation.Check(siteFolder, config, sources, checks))
            .AddRange(SourceComparison.Check(content, siteFolder, markdown, sources, checks))
            .AddRange(GlossaryCheck.Check(content, Glossary.Load(siteFolder), siteFolder, sources, checks))
            .AddRange(Placeholders.Check(siteFolder, sources, content.Zones, content.Editions, content.Articles, checks))
            .AddRange(translations.Warnings)
            .AddRange(addressWarnings);
        clock.Lap($"site-wide checks ({checks.Run} checked, {checks.Kept.Count - checks.Run} kept)");
        foreach (var (key, kept) in checks.Kept) bodyWarnings[key] = kept;
        var manifest = new Manifest("", settings, SourcesAndEngine(sources), site.Entries, perLanguage, warnings, bodyWarnings)
        {
            ReadHashes = site.ReadHashes,
        };
        return new PipelineOutcome(site, manifest)
        {
            Model = new RenderModel(content, views, templates, dictionary, assets, markdown, translations.Notices, options.Search),
        };
    }

    /// <summary>Equal from one build to the next exactly when no source changed and ZoneReport is the same version.</summary>
    public static string SourcesAndEngine(SourceHashes sources) => $"{sources.All} {Inputs.EngineVersion}";

    /// <summary>
    /// A build that has failed still checks every article body and renders every page (keeping
    /// nothing), so template mistakes and body errors are reported in the same run as the rest.
    /// A page whose article has errors is left out: its errors say all there is to say about it.
    /// </summary>
    private static BuildException FindTheRest(SiteContent content, IReadOnlyList<PageSpec> pages, BodiesOnDemand bodies,
        PageRenderer renderer, Action<PageSpec> cite, ErrorCollector errors)
    {
        var failedBefore = errors.Errors.Select(e => e.Location.File).ToHashSet(StringComparer.Ordinal);
        var texts = content.Articles.SelectMany(a => a.Texts.Values.Select(t => (Article: a, Text: t)))
            .Where(t => !failedBefore.Contains(t.Text.SourceFile)).ToList();
        Parallel.ForEach(texts, t => errors.Try(() => bodies.Of(t.Article, t.Text)));
        Parallel.ForEach(pages, page =>
        {
            if (page.Body is var (_, text) && errors.HasErrorsIn(text.SourceFile)) return;
            errors.Try(() =>
            {
                cite(page);
                return renderer.Render(page);
            });
        });
        return new BuildException(errors.Errors);
    }

    /// <summary>
    /// The warnings of the checks that read article bodies (punctuation), per source file: checked
    /// now for the bodies parsed by this build, kept from the manifest for unchanged files, and
    /// parsed now for any other (so every article is checked, and its errors stop the build).
    /// </summary>
    private static Dictionary<string, CachedWarnings> BodyWarnings(SiteContent content, BodiesOnDemand bodies, SourceHashes sources, Manifest? previous)
    {
        var texts = content.Articles.SelectMany(a => a.Texts.Values.Select(t => (Article: a, Text: t))).ToList();
        var kept = new Dictionary<string, CachedWarnings>(StringComparer.Ordinal);
        var parsed = bodies.Checked.ToHashSet(ReferenceEqualityComparer.Instance as IEqualityComparer<ArticleText>);
        var missing = new List<(Article Article, ArticleText Text)>();
        foreach (var (article, text) in texts)
        {
            if (parsed.Contains(text)) continue;
            var hash = sources.Of(text.SourceFile);
            if (previous?.BodyWarnings.GetValueOrDefault(text.SourceFile) is { } cached && cached.Hash == hash) kept[text.SourceFile] = cached;
            else missing.Add((article, text));
        }

        var errors = new ErrorCollector();
        Parallel.ForEach(missing, m => errors.Try(() => bodies.Of(m.Article, m.Text)));
        errors.ThrowIfAny();

        var found = bodies.PunctuationWarnings.ToLookup(w => w.Location.File, StringComparer.Ordinal);
        foreach (var text in bodies.Checked)
        {
            kept[text.SourceFile] = new CachedWarnings(sources.Of(text.SourceFile), [.. found[text.SourceFile]]);
        }

        return kept;
    }
}
