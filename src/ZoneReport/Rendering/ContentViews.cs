using System.Collections.Concurrent;
using Scriban.Runtime;
using ZoneReport.Formats;
using ZoneReport.Formats.Corrections;
using ZoneReport.Model;

namespace ZoneReport.Rendering;

/// <summary>
/// Template models of zones, editions and articles in one language, shared by every page (read-only),
/// so rendering a page never reflects over C# objects. The costly parts of an edition's and an
/// article's model (figures, plans, photos, the chart, notes, sources, credits) are made only when a
/// page reads them and may be dropped after (<see cref="DeferredView"/>): what stays for the whole
/// build is the small part the lists of editions and articles show.
/// </summary>
public sealed class ContentViews
{
    // Keyed by slug and Edition.Key rather than by the records themselves: a record's hash code
    // walks every field, its localized texts included, and these are looked up for every page.
    private readonly Dictionary<string, ScriptObject> _zones = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DeferredView> _editions = new(StringComparer.Ordinal);
    // An article's view is made when first asked for (its page, a list, a neighbour's pager): a build
    // that renders a few pages makes a few of the tens of thousands. What it is made from is noted now.
    private readonly ConcurrentDictionary<(string Edition, string Article), DeferredView> _articles = new();
    private readonly Dictionary<(string Edition, string Article), ArticlePlace> _places = new();
    private readonly Dictionary<string, DeferredView[]> _plans = new(StringComparer.Ordinal);

    public ContentViews(SiteContent content, Language language, Func<Edition, Func<ScriptObject, HtmlString>?> chartFor)
    {
        Language = language;
        foreach (var zone in content.Zones) _zones[zone.Slug] = ZoneView(zone);

        // Reading order through each edition, as printed: its list of articles and the pager's rel="prev" / rel="next".
        var inLanguage = content.Articles.Where(a => a.In(language) is not null).ToList();
        var articlesOfEdition = inLanguage.ToLookup(a => a.Edition.Key, StringComparer.Ordinal);
        var ordered = content.Editions.ToDictionary(e => e.Key,
            e => articlesOfEdition[e.Key].OrderBy(a => a.Order).ThenBy(a => a.Key, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        foreach (var edition in content.Editions)
        {
            _plans[edition.Key] = [.. content.DataOf(edition).Plans.Select(plan => PlanView(plan, edition))];
            _editions[edition.Key] = EditionView(content, edition, ordered[edition.Key], chartFor);
        }

        foreach (var edition in content.Editions)
        {
            var articles = ordered[edition.Key];
            for (var n = 0; n < articles.Count; n++)
            {
                _places[KeyOf(articles[n])] = new ArticlePlace(articles[n], articles[n].In(language)!, content.DataOf(edition),
                    n > 0 ? articles[n - 1] : null, n < articles.Count - 1 ? articles[n + 1] : null);
            }
        }

        var newestFirst = content.Editions.OrderByDescending(e => e.Year).ThenBy(e => e.Zone.Order).ThenBy(e => e.Key, StringComparer.Ordinal).ToList();
        AllEditions = ToArray(newestFirst.Select(Of));
        AllZones = ToArray(content.Zones.OrderBy(z => z.Order).ThenBy(z => z.Slug, StringComparer.Ordinal).Select(Of));
        var editionsOfZone = newestFirst.ToLookup(e => e.Zone.Slug, StringComparer.Ordinal);
        foreach (var zone in content.Zones)
        {
            var ofZone = editionsOfZone[zone.Slug].ToList();
            Of(zone)["editions"] = ToArray(ofZone.Select(Of));
            // The home page shows a zone's newest editions; with an archive, the rest are one click away.
            Of(zone)["home_editions"] = ToArray(ofZone.Take(HasYearArchive(content) ? EditionsPerZoneOnHome : ofZone.Count).Select(Of));
            Of(zone)["more_editions"] = HasYearArchive(content) && ofZone.Count > EditionsPerZoneOnHome;
        }

        ArchiveYears = HasYearArchive(content) ? newestFirst.Select(e => e.Year).Distinct().ToList() : [];
        Years = HasYearArchive(content)
            ? ToArray(newestFirst.GroupBy(e => e.Year).Select(year => new ScriptObject
            {
                ["year"] = year.Key,
                ["path"] = PagePaths.Year(language, year.Key),
                ["editions"] = ToArray(year.Select(Of)),
            }))
            : new ScriptArray();
    }

    private ContentViews(ContentViews from, ConcurrentDictionary<(string, string), DeferredView> articles)
    {
        _places = from._places;
        Language = from.Language;
        _zones = from._zones;
        _editions = from._editions;
        _plans = from._plans;
        _articles = articles;
        Years = from.Years;
        ArchiveYears = from.ArchiveYears;
        AllEditions = from.AllEditions;
        AllZones = from.AllZones;
    }

    /// <summary>
    /// These views with one article's own view made again from <paramref name="content"/>, where it
    /// was replaced (same edition, same address): what its page reads for the preview's first,
    /// quick render of a saved article. Every other view, the lists of the edition's articles
    /// included, is still as it was; the full rebuild that follows makes them all again.
    /// </summary>
    public ContentViews WithArticle(SiteContent content, Article article)
    {
        var articles = new ConcurrentDictionary<(string, string), DeferredView>(_articles);
        var views = new ContentViews(this, articles);
        if (article.In(Language) is not { } text) return views;
        var ordered = content.ArticlesOf(article.Edition).Where(a => a.In(Language) is not null)
            .OrderBy(a => a.Order).ThenBy(a => a.Key, StringComparer.Ordinal).ToList();
        var n = ordered.FindIndex(a => a.Key == article.Key);
        articles[KeyOf(article)] = views.ArticleView(article, text, content.DataOf(article.Edition),
            n > 0 ? ordered[n - 1] : null, n >= 0 && n < ordered.Count - 1 ? ordered[n + 1] : null);
        return views;
    }

    /// <summary>More editions than this and the home page no longer shows them all: it links to an archive page per year.</summary>
    public const int ScreenfulOfEditions = 8;

    public const int EditionsPerZoneOnHome = 4;

    public static bool HasYearArchive(SiteContent content) => content.Editions.Length > ScreenfulOfEditions;

    public Language Language { get; }

    /// <summary>The years that have editions, newest first, each with its editions; empty when the site has no year archive.</summary>
    public ScriptArray Years { get; }

    /// <summary>The years of <see cref="Years"/>, in the same order.</summary>
    public IReadOnlyList<int> ArchiveYears { get; }
    public ScriptArray AllEditions { get; }
    public ScriptArray AllZones { get; }

    public ScriptObject Of(Zone zone) => _zones[zone.Slug];
    public ScriptObject Of(Edition edition) => _editions[edition.Key];
    public ScriptObject Of(Article article) => _articles.GetOrAdd(KeyOf(article), static (key, views) =>
        views._places.TryGetValue(key, out var place)
            ? views.ArticleView(place.Article, place.Text, place.Data, place.Previous, place.Next)
            : throw new KeyNotFoundException($"the article '{key.Item2}' of '{key.Item1}' has no view in {views.Language.Id}"), this);

    /// <summary>What an article's view is made from: its text in this language, its edition's data, its neighbours in reading order.</summary>
    private sealed record ArticlePlace(Article Article, ArticleText Text, EditionData Data, Article? Previous, Article? Next);

    /// <summary>The view of the edition's plan at this place in its plans (as in <see cref="EditionData.Plans"/>).</summary>
    public ScriptObject PlanOf(Edition edition, int plan) => _plans[edition.Key][plan];


    private static (string, string) KeyOf(Article article) => (article.Edition.Key, article.Key);

    private ScriptObject ZoneView(Zone zone) => new()
    {
        ["slug"] = zone.Slug,
        ["name"] = zone.Name[Language],
        ["summary"] = zone.Summary?[Language],
        ["path"] = PagePaths.Zone(Language, zone),
    };

    private static KeyValuePair<string, object?> Member(string name, object? value) => new(name, value);

    private static KeyValuePair<string, object?> Later(string name) => new(name, DeferredView.Later);

    /// <summary>What lists and breadcrumbs show of an edition is made now; the rest when its own page reads it.</summary>
    private DeferredView EditionView(SiteContent content, Edition edition, IReadOnlyList<Article> articles,
        Func<Edition, Func<ScriptObject, HtmlString>?> chartFor)
    {
        var data = content.DataOf(edition);
        DeferredView? view = null;
        view = new DeferredView(
        [
            Member("slug", edition.Slug),
            Member("year", edition.Year),
            Member("title", edition.Title[Language]),
            Member("summary", edition.Summary?[Language]),
            Later("source"),
            Member("date", edition.Date is { } date ? LocalFormats.Date(date, Language) : null),
            Member("date_iso", edition.Date is { } iso ? LocalFormats.IsoDate(iso) : null),
            Later("notes"),
            Later("credits"),
            Member("path", PagePaths.Edition(Language, edition)),
            Later("figures"),
            Member("figures_csv", data.Figures.Length > 0 ? FigureData.CsvPath(edition) : null),
            Member("figures_json", data.Figures.Length > 0 ? FigureData.JsonPath(edition) : null),
            Later("plans"),
            Later("photos"),
            Member("zone", Of(edition.Zone)),
            Later("corrections"),
            Later("articles"),
            Later("chart"),
        ], () => new ScriptObject
        {
            ["source"] = RecordViews.Source(edition.Source.In(Language), Language),
            ["notes"] = RecordViews.Notes(EditionNotes(edition, data), Language),
            ["credits"] = ToArray(edition.Credits.Select(c => new ScriptObject { ["role"] = c.Role[Language], ["names"] = c.Names[Language] })),
            ["figures"] = ToArray(data.Figures.Select(f => DataViews.Figure(f, Language))),
            ["plans"] = ToArray(_plans[edition.Key]),
            ["photos"] = ToArray(data.Photos.Select(p => DataViews.Photo(p, Language))),
            ["corrections"] = CorrectionLog.HasPage(content, edition)
                ? new ScriptObject
                {
                    ["path"] = CorrectionLog.PagePath(Language, edition),
                    ["count"] = CorrectionLog.Of(content, edition, Language).Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                }
                : null,
            ["articles"] = ToArray(articles.Select(Of)),
            ["chart"] = chartFor(edition)?.Invoke(view!),
        });
        return view;
    }

    /// <summary>A plan's model, made when its page (or its edition's) reads it.</summary>
    private DeferredView PlanView(Plan plan, Edition edition) =>
        new(DataViews.PlanMembers.Select(Later), () => DataViews.Plan(plan, edition, Language));

    /// <summary>The edition page shows every figure and photo and each plan, so it shows their notes too (and its JSON-LD carries them).</summary>
    public static IEnumerable<LocalizedNote> EditionNotes(Edition edition, EditionData data) =>
        edition.Notes.Concat(data.Figures.SelectMany(f => f.Notes)).Concat(data.Plans.SelectMany(p => p.Notes)).Concat(data.Photos.SelectMany(p => p.Notes));

    /// <summary>Notes of the figures and photos that belong to an article: its page shows them (and its JSON-LD carries them).</summary>
    public static IEnumerable<LocalizedNote> DataNotesOf(Article article, EditionData data) =>
        data.Figures.Where(f => f.ArticleKey == article.Key).SelectMany(f => f.Notes)
            .Concat(data.Photos.Where(p => p.ArticleKey == article.Key).SelectMany(p => p.Notes));

    /// <summary>What lists and the pager show of an article is made now; its source, credits and notes when its page reads them.</summary>
    private DeferredView ArticleView(Article article, ArticleText text, EditionData data, Article? previous, Article? next) => new(
    [
        Member("key", article.Key),
        Member("title", text.Title),
        Member("subtitle", text.Subtitle),
        Member("byline", text.Byline),
        Later("credits"),
        Member("date", text.Date is { } date ? LocalFormats.Date(date, Language) : null),
        Member("date_iso", text.Date is { } iso ? LocalFormats.IsoDate(iso) : null),
        Later("source"),
        Later("notes"),
        Member("summary", text.Summary),
        Member("path", PagePaths.Article(text, article.Edition)),
        Member("status", StatusView(article.Publishing)),
        Member("edition", Of(article.Edition)),
        Later("previous"),
        Later("next"),
    ], () => new ScriptObject
    {
        ["credits"] = ToArray(text.Credits.Select(c => new ScriptObject { ["role"] = c.Role, ["names"] = c.Names })),
        ["source"] = RecordViews.Source(text.Provenance, Language),
        ["notes"] = RecordViews.Notes(text.Notes.Concat(DataNotesOf(article, data).Select(n => n.In(Language)))),
        // The neighbours' views exist by now: views are only read once the constructor is done.
        ["previous"] = previous is null ? null : Of(previous),
        ["next"] = next is null ? null : Of(next),
    });

    /// <summary>What a review build (--drafts, --future) tells about an article readers may not see yet; null for a public one.</summary>
    private ScriptObject? StatusView(Publishing publishing) => publishing.IsPublic ? null : new ScriptObject
    {
        ["draft"] = publishing.Draft,
        ["embargoed_until"] = publishing is { Embargoed: true, PublishAt: { } at } ? LocalFormats.Moment(at, Language) : null,
        ["embargoed_until_iso"] = publishing is { Embargoed: true, PublishAt: { } iso } ? LocalFormats.IsoMoment(iso) : null,
    };

    private static ScriptArray ToArray(IEnumerable<object> items)
    {
        var array = new ScriptArray();
        foreach (var item in items) array.Add(item);
        return array;
    }
}
