using ZoneReport.Model;

namespace ZoneReport.Formats;

/// <summary>
/// The dates machine-readable outputs carry (feed updated, sitemap lastmod, JSON-LD, archive dates).
/// They come from the content only, never from the clock, so a rebuild gives the same bytes.
/// </summary>
public static class ContentDates
{
    /// <summary>The article's source date (printed or inferred, at its precision: 2022-10-17, 2023-01), else its edition's; null when unknown.</summary>
    public static SourceDate? Published(Article article, ArticleText text) =>
        text.Provenance.Date.Value ?? EditionDate(article.Edition);

    /// <summary>
    /// When the article last changed as far as the content tells: the newest of its source date (the
    /// first day of a month or year when only that is known) and its editor's notes' dates, else
    /// 1 January of its edition's year (a feed entry must have a date; README.md says so, and it is
    /// never shown to readers as the date of the source).
    /// </summary>
    public static DateOnly Updated(Article article, ArticleText text) =>
        Newest(text.Notes.Select(n => n.Date).OfType<DateOnly>(), Published(article, text) is { } date ? FirstDay(date) : YearStart(article.Edition));

    /// <summary>The newest date among an edition, its notes and the articles in it (in any language).</summary>
    public static DateOnly Updated(SiteContent content, Edition edition) =>
        Newest(content.ArticlesOf(edition).SelectMany(a => a.Texts.Values.Select(t => Updated(a, t)))
                .Concat(edition.Notes.Select(n => n.Date).OfType<DateOnly>()),
            EditionDate(edition) is { } date ? FirstDay(date) : YearStart(edition));

    public static DateOnly Updated(SiteContent content, Zone zone) =>
        Newest(content.Editions.Where(e => e.Zone.Slug == zone.Slug).Select(e => Updated(content, e)), DateOnly.MinValue);

    /// <summary>The newest date of the whole site (or of the editions given).</summary>
    public static DateOnly Updated(SiteContent content, IEnumerable<Edition> editions) =>
        Newest(editions.Select(e => Updated(content, e)), DateOnly.MinValue);

    /// <summary>A date as an instant at midnight UTC, in the RFC 3339 form feeds and WARC use: 2022-10-17T00:00:00Z.</summary>
    public static string Instant(DateOnly date) => Iso(date) + "T00:00:00Z";

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static SourceDate? EditionDate(Edition edition) => edition.Source.Languages.Values.Select(p => p.Date.Value).FirstOrDefault(d => d is not null);

    private static DateOnly FirstDay(SourceDate date) => date.Exact ?? new DateOnly(Year(date.Year), Math.Clamp(date.Month ?? 1, 1, 12), 1);

    // An edition whose year failed to load is still listed while its errors are collected: any year gives a date.
    private static DateOnly YearStart(Edition edition) => new(Year(edition.Year), 1, 1);

    private static int Year(int year) => Math.Clamp(year, 1, 9999);

    private static DateOnly Newest(IEnumerable<DateOnly> dates, DateOnly floor) => dates.Aggregate(floor, (a, b) => a > b ? a : b);
}
