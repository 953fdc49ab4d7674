using System.Text;
using System.Xml;
using ZoneReport.Model;
using ZoneReport.Rendering;

namespace ZoneReport.Formats;

/// <summary>One Atom feed: all articles of a language, or of one zone in that language.</summary>
public sealed record Feed(string Path, Language Language, Zone? Zone);

/// <summary>
/// Atom 1.0 feeds (RFC 4287), one per language and one per zone and language. Entry ids are the
/// articles' permanent addresses; every date comes from the content (ContentDates), so the same
/// content gives the same bytes.
/// </summary>
public static class AtomFeed
{
    public const string FileName = "feed.xml";
    public const string MediaType = "application/atom+xml";
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static string PathOf(Language language, Zone? zone = null) =>
        zone is null ? $"{language.Prefix}/{FileName}" : $"{language.Prefix}/{zone.Slug}/{FileName}";

    /// <summary>Every feed of the site: one per language, then one per zone with articles in that language.</summary>
    public static IReadOnlyList<Feed> List(SiteContent content)
    {
        var feeds = new List<Feed>();
        foreach (var language in content.Config.Languages)
        {
            feeds.Add(new Feed(PathOf(language), language, null));
            foreach (var zone in content.Zones.Where(z => content.Articles.Any(a => a.Edition.Zone.Slug == z.Slug && a.In(language) is not null)))
            {
                feeds.Add(new Feed(PathOf(language, zone), language, zone));
            }
        }

        return feeds;
    }

    /// <summary>The feeds a page links to: its language's, and its zone's when it belongs to one.</summary>
    public static IEnumerable<Feed> For(IEnumerable<Feed> feeds, Language language, Zone? zone) =>
        feeds.Where(f => f.Language == language && (f.Zone is null || f.Zone.Slug == zone?.Slug));

    public static string Title(SiteContent content, Feed feed) =>
        feed.Zone is { } zone ? $"{zone.Name[feed.Language]} · {content.Config.Title[feed.Language]}" : content.Config.Title[feed.Language];

    public static string Xml(SiteContent content, Feed feed)
    {
        var config = content.Config;
        var language = feed.Language;
        var entries = content.Articles
            .Where(a => feed.Zone is null || a.Edition.Zone.Slug == feed.Zone.Slug)
            .Select(a => (Article: a, Text: a.In(language)))
            .Where(e => e.Text is not null && e.Article.IsPublic)
            .Select(e => (e.Article, Text: e.Text!, Updated: ContentDates.Updated(e.Article, e.Text!)))
            .OrderByDescending(e => e.Updated).ThenBy(e => e.Article.Edition.Key, StringComparer.Ordinal)
            .ThenBy(e => e.Article.Order).ThenBy(e => e.Article.Key, StringComparer.Ordinal)
            .ToList();
        var home = feed.Zone is { } z ? PagePaths.Zone(language, z) : PagePaths.Home(language);
        var updated = entries.Count > 0 ? entries.Max(e => e.Updated) : ContentDates.Updated(content, content.Editions);

        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" }))
        {
            Start(xml, language, Urls.Absolute(config.BaseUrl, feed.Path), Title(content, feed), feed.Zone?.Summary?[language] ?? config.Description[language],
                updated, Urls.Absolute(config.BaseUrl, home), config.Title[language]);
            foreach (var (article, text, entryUpdated) in entries) Entry(xml, content, article, text, entryUpdated);
            xml.WriteEndElement();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Entry(XmlWriter xml, SiteContent content, Article article, ArticleText text, DateOnly updated)
    {
        var config = content.Config;
        var language = text.Language;
        var url = Urls.Absolute(config.BaseUrl, PagePaths.Article(text, article.Edition));
        xml.WriteStartElement("entry", Atom);
        xml.WriteElementString("id", Atom, url);
        xml.WriteElementString("title", Atom, text.Title);
        xml.WriteElementString("updated", Atom, ContentDates.Instant(updated));
        if (ContentDates.Published(article, text)?.Exact is { } published) xml.WriteElementString("published", Atom, ContentDates.Instant(published));
        Link(xml, "alternate", url, "text/html");
        foreach (var other in config.Languages.Where(l => l != language))
        {
            if (article.In(other) is not { } translation) continue;
            xml.WriteStartElement("link", Atom);
            xml.WriteAttributeString("rel", "alternate");
            xml.WriteAttributeString("type", "text/html");
            xml.WriteAttributeString("hreflang", other.Code);
            xml.WriteAttributeString("href", Urls.Absolute(config.BaseUrl, PagePaths.Article(translation, article.Edition)));
            xml.WriteEndElement();
        }

        xml.WriteStartElement("author", Atom);
        xml.WriteElementString("name", Atom, text.Byline ?? text.Publication ?? config.Title[language]);
        xml.WriteEndElement();
        xml.WriteStartElement("category", Atom);
        xml.WriteAttributeString("term", article.Edition.Zone.Slug);
        xml.WriteAttributeString("label", article.Edition.Zone.Name[language]);
        xml.WriteEndElement();
        if (text.Summary is { } summary) xml.WriteElementString("summary", Atom, summary);
        xml.WriteEndElement();
    }

    /// <summary>The document and the feed's own elements up to its first entry (the corrections feed starts the same way).</summary>
    internal static void Start(XmlWriter xml, Language language, string self, string title, string subtitle, DateOnly updated, string alternate, string author)
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("feed", Atom);
        xml.WriteAttributeString("xml", "lang", null, language.Code);
        xml.WriteElementString("id", Atom, self);
        xml.WriteElementString("title", Atom, title);
        xml.WriteElementString("subtitle", Atom, subtitle);
        xml.WriteElementString("updated", Atom, ContentDates.Instant(updated));
        Link(xml, "self", self, MediaType);
        Link(xml, "alternate", alternate, "text/html");
        xml.WriteStartElement("author", Atom);
        xml.WriteElementString("name", Atom, author);
        xml.WriteEndElement();
        xml.WriteStartElement("generator", Atom);
        xml.WriteAttributeString("version", Generator.Version);
        xml.WriteString(Generator.Name);
        xml.WriteEndElement();
    }

    /// <summary>An atom:link; the corrections feed writes its links with it too.</summary>
    internal static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
