using ZoneReport.Model;

namespace ZoneReport.Formats;

/// <summary>
/// The dates machine-readable outputs carry (feed updated, sitemap lastmod, JSON-LD, archive dates).
/// They come from the content only, never from the clock, so a rebuild gives the same bytes.
/// </summary>
public static class ContentDates
{
    /// <summary>The date the source printed for the article, or for its edition; null when neither says.</summary>
    public static DateOnly? Published(Article article, ArticleText text) => text.Date ?? article.Edition.Date;

    /// <summary>
    /// When the article last changed as far as the content tells: its printed date, else 1 January of
    /// its edition's year (a feed entry must have a date; the fallback is documented in README.md and
    /// never shown to readers as a printed date).
    /// </summary>
    public static DateOnly Updated(Article article, ArticleText text) =>
        Published(article, text) ?? YearStart(article.Edition);

    /// <summary>The newest date among an edition and the articles in it (in any language).</summary>
    public static DateOnly Updated(SiteContent content, Edition edition) =>
        Newest(content.Articles.Where(a => a.Edition.Key == edition.Key).SelectMany(a => a.Texts.Values.Select(t => Updated(a, t))),
            edition.Date ?? YearStart(edition));

    public static DateOnly Updated(SiteContent content, Zone zone) =>
        Newest(content.Editions.Where(e => e.Zone.Slug == zone.Slug).Select(e => Updated(content, e)), DateOnly.MinValue);

    /// <summary>The newest date of the whole site (or of the editions given).</summary>
    public static DateOnly Updated(SiteContent content, IEnumerable<Edition> editions) =>
        Newest(editions.Select(e => Updated(content, e)), DateOnly.MinValue);

    /// <summary>A date as an instant at midnight UTC, in the RFC 3339 form feeds and WARC use: 2022-10-17T00:00:00Z.</summary>
    public static string Instant(DateOnly date) => Iso(date) + "T00:00:00Z";

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static DateOnly YearStart(Edition edition) => new(edition.Year, 1, 1);

    private static DateOnly Newest(IEnumerable<DateOnly> dates, DateOnly floor) => dates.Aggregate(floor, (a, b) => a > b ? a : b);
}
