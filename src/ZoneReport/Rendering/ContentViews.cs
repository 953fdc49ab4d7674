using Scriban.Runtime;
using ZoneReport.Model;

namespace ZoneReport.Rendering;

/// <summary>
/// Template models of zones, editions and articles in one language, built once per language and
/// shared by every page (read-only), so rendering a page never reflects over C# objects.
/// </summary>
public sealed class ContentViews
{
    private readonly Dictionary<Zone, ScriptObject> _zones = new();
    private readonly Dictionary<Edition, ScriptObject> _editions = new();
    private readonly Dictionary<Article, ScriptObject> _articles = new();

    public ContentViews(SiteContent content, Language language, Func<Edition, Func<ScriptObject, HtmlString>?> chartFor)
    {
        Language = language;
        foreach (var zone in content.Zones) _zones[zone] = ZoneView(zone);
        foreach (var edition in content.Editions) _editions[edition] = EditionView(edition, content.DataOf(edition));
        foreach (var article in content.Articles.Where(a => a.In(language) is not null))
        {
            _articles[article] = ArticleView(article, article.In(language)!);
        }

        // Lists are filled after every object exists, so views can point at each other.
        var newestFirst = content.Editions.OrderByDescending(e => e.Year).ThenBy(e => e.Zone.Order).ThenBy(e => e.Key, StringComparer.Ordinal).ToList();
        AllEditions = ToArray(newestFirst.Select(e => _editions[e]));
        AllZones = ToArray(content.Zones.OrderBy(z => z.Order).ThenBy(z => z.Slug, StringComparer.Ordinal).Select(z => _zones[z]));
        foreach (var zone in content.Zones)
        {
            _zones[zone]["editions"] = ToArray(newestFirst.Where(e => e.Zone == zone).Select(e => _editions[e]));
        }

        foreach (var edition in content.Editions)
        {
            var view = _editions[edition];
            view["zone"] = _zones[edition.Zone];
            var articles = content.Articles.Where(a => a.Edition == edition && _articles.ContainsKey(a))
                .OrderBy(a => a.Order).ThenBy(a => a.Key, StringComparer.Ordinal).ToList();
            view["articles"] = ToArray(articles.Select(a => _articles[a]));
            foreach (var article in articles) _articles[article]["edition"] = view;
            var chart = chartFor(edition);
            view["chart"] = chart?.Invoke(view);
        }
    }

    public Language Language { get; }
    public ScriptArray AllEditions { get; }
    public ScriptArray AllZones { get; }

    public ScriptObject Of(Zone zone) => _zones[zone];
    public ScriptObject Of(Edition edition) => _editions[edition];
    public ScriptObject Of(Article article) => _articles[article];

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
        ["publication"] = edition.Publication?[Language],
        ["date"] = edition.Date is { } date ? LocalFormats.Date(date, Language) : null,
        ["date_iso"] = edition.Date is { } iso ? LocalFormats.IsoDate(iso) : null,
        ["page"] = edition.Page?[Language],
        ["credits"] = ToArray(edition.Credits.Select(c => new ScriptObject { ["role"] = c.Role[Language], ["names"] = c.Names[Language] })),
        ["path"] = PagePaths.Edition(Language, edition),
        ["figures"] = ToArray(data.Figures.Select(f => DataViews.Figure(f, Language))),
        ["plans"] = ToArray(data.Plans.Select(p => DataViews.Plan(p, edition, Language))),
        ["photos"] = ToArray(data.Photos.Select(p => DataViews.Photo(p, edition, Language))),
    };

    private ScriptObject ArticleView(Article article, ArticleText text) => new()
    {
        ["key"] = article.Key,
        ["title"] = text.Title,
        ["subtitle"] = text.Subtitle,
        ["byline"] = text.Byline,
        ["credits"] = ToArray(text.Credits.Select(c => new ScriptObject { ["role"] = c.Role, ["names"] = c.Names })),
        ["date"] = text.Date is { } date ? LocalFormats.Date(date, Language) : null,
        ["date_iso"] = text.Date is { } iso ? LocalFormats.IsoDate(iso) : null,
        ["publication"] = text.Publication ?? article.Edition.Publication?[Language],
        ["page"] = text.Page ?? article.Edition.Page?[Language],
        ["summary"] = text.Summary,
        ["path"] = PagePaths.Article(text, article.Edition),
    };

    private static ScriptArray ToArray(IEnumerable<object> items)
    {
        var array = new ScriptArray();
        foreach (var item in items) array.Add(item);
        return array;
    }
}
