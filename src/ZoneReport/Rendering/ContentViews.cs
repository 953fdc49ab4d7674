using Scriban.Runtime;
using ZoneReport.Formats;
using ZoneReport.Formats.Corrections;
using ZoneReport.Model;
using ZoneReport.Threading;

namespace ZoneReport.Rendering;

/// <summary>
/// Template models of zones, editions and articles in one language, built once per language and
/// shared by every page (read-only), so rendering a page never reflects over C# objects.
/// </summary>
public sealed class ContentViews
{
    // Keyed by slug and Edition.Key rather than by the records themselves: a record's hash code
    // walks every field, its localized texts included, and these are looked up for every page.
    private readonly Dictionary<string, ScriptObject> _zones = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScriptObject> _editions = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Edition, string Article), ScriptObject> _articles = new();

    public ContentViews(SiteContent content, Language language, Func<Edition, Func<ScriptObject, HtmlString>?> chartFor)
    {
        Language = language;
        foreach (var zone in content.Zones) _zones[zone.Slug] = ZoneView(zone);

        // The edition views (figures, plans, photos, chart) are most of the work: made on all cores,
        // then stored in the order of the editions.
        var editions = InParallel.Map(content.Editions, e => (View: EditionView(e, content.DataOf(e)), Chart: chartFor(e)));
        for (var i = 0; i < editions.Length; i++) _editions[content.Editions[i].Key] = editions[i].View;
        var inLanguage = content.Articles.Where(a => a.In(language) is not null).ToList();
        var articles = InParallel.Map(inLanguage, a => ArticleView(a, a.In(language)!, content.DataOf(a.Edition)));
        for (var i = 0; i < articles.Length; i++) _articles[KeyOf(inLanguage[i])] = articles[i];

        // Lists are filled after every object exists, so views can point at each other.
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

        var articlesOfEdition = inLanguage.ToLookup(a => a.Edition.Key, StringComparer.Ordinal);
        for (var i = 0; i < editions.Length; i++)
        {
            var edition = content.Editions[i];
            var view = editions[i].View;
            view["zone"] = Of(edition.Zone);
            view["corrections"] = CorrectionLog.HasPage(content, edition)
                ? new ScriptObject
                {
                    ["path"] = CorrectionLog.PagePath(language, edition),
                    ["count"] = CorrectionLog.Of(content, edition, language).Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                }
                : null;
            var ordered = articlesOfEdition[edition.Key].OrderBy(a => a.Order).ThenBy(a => a.Key, StringComparer.Ordinal).ToList();
            view["articles"] = ToArray(ordered.Select(Of));
            for (var n = 0; n < ordered.Count; n++)
            {
                var article = Of(ordered[n]);
                article["edition"] = view;
                // Reading order through the edition, as printed: the pager's rel="prev" / rel="next".
                article["previous"] = n > 0 ? Of(ordered[n - 1]) : null;
                article["next"] = n < ordered.Count - 1 ? Of(ordered[n + 1]) : null;
            }
            view["chart"] = editions[i].Chart?.Invoke(view);
        }
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
    public ScriptObject Of(Article article) => _articles[KeyOf(article)];

    private static (string, string) KeyOf(Article article) => (article.Edition.Key, article.Key);

    private ScriptObject ZoneView(Zone zone) => new()
    {
        ["slug"] = zone.Slug,
        ["name"] = zone.Name[Language],
        ["summary"] = zone.Summary?[Language],
        ["path"] = PagePaths.Zone(Language, zone),
    };

    private ScriptObject EditionView(Edition edition, EditionData data) => new()
    {
        ["slug"] = edition.Slug,
        ["year"] = edition.Year,
        ["title"] = edition.Title[Language],
        ["summary"] = edition.Summary?[Language],
        ["source"] = RecordViews.Source(edition.Source.In(Language), Language),
        ["date"] = edition.Date is { } date ? LocalFormats.Date(date, Language) : null,
        ["date_iso"] = edition.Date is { } iso ? LocalFormats.IsoDate(iso) : null,
        ["notes"] = RecordViews.Notes(EditionNotes(edition, data), Language),
        ["credits"] = ToArray(edition.Credits.Select(c => new ScriptObject { ["role"] = c.Role[Language], ["names"] = c.Names[Language] })),
        ["path"] = PagePaths.Edition(Language, edition),
        ["figures"] = ToArray(data.Figures.Select(f => DataViews.Figure(f, Language))),
        ["figures_csv"] = data.Figures.Length > 0 ? FigureData.CsvPath(edition) : null,
        ["figures_json"] = data.Figures.Length > 0 ? FigureData.JsonPath(edition) : null,
        ["plans"] = ToArray(data.Plans.Select(p => DataViews.Plan(p, edition, Language))),
        ["photos"] = ToArray(data.Photos.Select(p => DataViews.Photo(p, Language))),
    };

    /// <summary>The edition page shows every figure and photo and each plan, so it shows their notes too (and its JSON-LD carries them).</summary>
    public static IEnumerable<LocalizedNote> EditionNotes(Edition edition, EditionData data) =>
        edition.Notes.Concat(data.Figures.SelectMany(f => f.Notes)).Concat(data.Plans.SelectMany(p => p.Notes)).Concat(data.Photos.SelectMany(p => p.Notes));

    /// <summary>Notes of the figures and photos that belong to an article: its page shows them (and its JSON-LD carries them).</summary>
    public static IEnumerable<LocalizedNote> DataNotesOf(Article article, EditionData data) =>
        data.Figures.Where(f => f.ArticleKey == article.Key).SelectMany(f => f.Notes)
            .Concat(data.Photos.Where(p => p.ArticleKey == article.Key).SelectMany(p => p.Notes));

    private ScriptObject ArticleView(Article article, ArticleText text, EditionData data) => new()
    {
        ["key"] = article.Key,
        ["title"] = text.Title,
        ["subtitle"] = text.Subtitle,
        ["byline"] = text.Byline,
        ["credits"] = ToArray(text.Credits.Select(c => new ScriptObject { ["role"] = c.Role, ["names"] = c.Names })),
        ["date"] = text.Date is { } date ? LocalFormats.Date(date, Language) : null,
        ["date_iso"] = text.Date is { } iso ? LocalFormats.IsoDate(iso) : null,
        ["source"] = RecordViews.Source(text.Provenance, Language),
        ["notes"] = RecordViews.Notes(text.Notes.Concat(DataNotesOf(article, data).Select(n => n.In(Language)))),
        ["summary"] = text.Summary,
        ["path"] = PagePaths.Article(text, article.Edition),
        ["status"] = StatusView(article.Publishing),
    };

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
