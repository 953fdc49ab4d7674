using System.Collections.Immutable;
using System.Diagnostics;
using ZoneReport.Configuration;
using ZoneReport.Content;
using ZoneReport.Data;
using ZoneReport.Markdown;
using ZoneReport.Model;
using ZoneReport.Rendering;
using ZoneReport.SiteGen;

namespace ZoneReport.Benchmarks;

/// <summary>
/// A synthetic site loaded the way SiteBuilder.Build loads it, stage by stage, so the benchmarks
/// and the stage profile can call the hot stages on their own. Each stage's time is recorded.
/// </summary>
public sealed class SiteFixture
{
    public List<(string Stage, TimeSpan Time)> Timings { get; } = new();

    public required string SiteFolder { get; init; }
    public SiteContent Content { get; private set; } = null!;
    public MarkdownRenderer Markdown { get; private set; } = null!;
    public ImmutableDictionary<ArticleText, ArticleBody> Bodies { get; private set; } = null!;
    public IReadOnlyList<PageSpec> Pages { get; private set; } = null!;
    public PageRenderer Renderer { get; private set; } = null!;
    public Assets Assets { get; private set; } = null!;

    /// <summary>Generates a site of about <paramref name="pages"/> pages into a temporary folder.</summary>
    public static string Generate(int pages)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"zonereport-benchmarks-{pages}");
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        ZoneReportWriter.Write(SiteModel.Create(SiteShape.For(pages)), folder, Path.Combine(RepositoryRoot(), "templates"));
        return folder;
    }

    /// <summary>Runs the stages of SiteBuilder.Build up to (not including) rendering pages.</summary>
    public static SiteFixture Load(string siteFolder)
    {
        var fixture = new SiteFixture { SiteFolder = Path.GetFullPath(siteFolder) };
        fixture.LoadStages();
        return fixture;
    }

    private void LoadStages()
    {
        var config = Time("load site.yml", () => SiteConfigLoader.Load(SiteFolder));
        var loaded = Time("load content (zones, editions, articles)", () => new ContentLoader(config, SiteFolder, new PublishingRules(DateTimeOffset.UtcNow)).Load());
        var data = Time("load data (figures, photos, plans)", () => new EditionDataLoader(config, SiteFolder).LoadAll(loaded.Editions, loaded.Articles));
        Content = new SiteContent(config, loaded.Zones, loaded.Editions, loaded.Articles, data);
        Markdown = Time("Markdown pipeline", () => new MarkdownRenderer());
        Bodies = Time("parse and check Markdown bodies", () => new ArticleBodies(Markdown).ParseAndCheck(Content));
        var templates = Time("parse templates", () => TemplateSet.Load(SiteFolder));
        var dictionary = Dictionary.Load(SiteFolder, config.Languages);
        Assets = Assets.Load(SiteFolder);
        var views = Time("template views", () => config.Languages.ToDictionary(l => l.Id,
            l => new ContentViews(Content, l, EditionCharts.For(Content, l, dictionary))));
        Pages = Time("list pages", () => SitePages.List(Content, views));
        Renderer = new PageRenderer(Content, templates, dictionary, Assets, views, (_, text) => Bodies[text], Markdown);
    }

    public T Time<T>(string stage, Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var result = work();
        Timings.Add((stage, clock.Elapsed));
        return result;
    }

    public PageSpec FirstPage(string kind, string language) =>
        Pages.First(p => p.Kind == kind && p.Language.Id == language);

    /// <summary>The repository holding bench/ and templates/: from ZONEREPORT_REPO, or found upwards from here.</summary>
    public static string RepositoryRoot()
    {
        if (Environment.GetEnvironmentVariable("ZONEREPORT_REPO") is { Length: > 0 } fromEnvironment) return fromEnvironment;
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "templates", "layouts", "base.html")) &&
                    Directory.Exists(Path.Combine(dir.FullName, "bench"))) return dir.FullName;
            }
        }

        throw new InvalidOperationException("cannot find the repository (templates/ and bench/); set ZONEREPORT_REPO");
    }
}
