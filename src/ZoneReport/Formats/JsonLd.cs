using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ZoneReport.Model;
using ZoneReport.Rendering;

namespace ZoneReport.Formats;

/// <summary>
/// schema.org JSON-LD for article pages (NewsArticle) and edition pages (PublicationIssue). The
/// printed newspaper page is the article's isPartOf; translations point at their original (the
/// site's first language) with translationOfWork, and the original lists them as workTranslation.
/// </summary>
public static class JsonLd
{
    public const string Context = "https://schema.org";

    // Chinese stays readable; <, > and & are still escaped (\u003C...), so the text can never end the
    // script element it is written into.
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = true,
        NewLine = "\n",
    };

    /// <summary>The JSON-LD of a page, or null for pages that carry none (home, zone, plan, 404).</summary>
    public static string? For(SiteContent content, PageSpec page) => page switch
    {
        { Body: var (article, text) } => Article(content, article, text),
        { Kind: "edition", Edition: { } edition } => Edition(content, edition, page.Language),
        _ => null,
    };

    // Written straight to UTF-8 in the order the properties are listed (no tree of nodes per page).
    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, Options)) write(writer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static string Article(SiteContent content, Article article, ArticleText text) => Write(json =>
    {
        var config = content.Config;
        var edition = article.Edition;
        var language = text.Language;
        var url = Urls.Absolute(config.BaseUrl, PagePaths.Article(text, edition));
        json.WriteStartObject();
        json.WriteString("@context", Context);
        json.WriteString("@type", "NewsArticle");
        json.WriteString("@id", url);
        json.WriteString("url", url);
        json.WriteString("mainEntityOfPage", url);
        json.WriteString("headline", text.Title);
        json.WriteString("inLanguage", language.Code);
        Add(json, "alternativeHeadline", text.Subtitle);
        Add(json, "description", text.Summary);
        if (ContentDates.Published(article, text) is { } published) json.WriteString("datePublished", published.Iso);

        var publication = text.Publication;
        if (text.Byline is not null || publication is not null)
        {
            json.WriteStartArray("author");
            if (text.Byline is { } byline) Named(json, null, "Person", byline);
            else Named(json, null, "Organization", publication!);
            json.WriteEndArray();
        }

        if (text.Credits.Length > 0)
        {
            json.WriteStartArray("contributor");
            foreach (var credit in text.Credits)
            {
                json.WriteStartObject();
                json.WriteString("@type", "Role");
                json.WriteString("roleName", credit.Role);
                Named(json, "contributor", "Person", credit.Names);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (publication is not null) Named(json, "publisher", "Organization", publication);
        Add(json, "pagination", text.Page);
        Issue(json, "isPartOf", content, edition, language, withParts: false);
        Named(json, "about", "Place", edition.Zone.Name[language]);

        var original = config.DefaultLanguage;
        if (language != original && article.In(original) is { } source)
        {
            Reference(json, "translationOfWork", content, article, source);
        }
        else if (language == original)
        {
            var translations = config.Languages.Where(l => l != original && article.In(l) is not null).ToList();
            if (translations.Count > 0)
            {
                json.WriteStartArray("workTranslation");
                foreach (var other in translations) Reference(json, null, content, article, article.In(other)!);
                json.WriteEndArray();
            }
        }

        AddNotes(json, text.Notes.Concat(ContentViews.DataNotesOf(article, content.DataOf(edition)).Select(n => n.In(language))));
        json.WriteEndObject();
    });

    public static string Edition(SiteContent content, Edition edition, Language language) =>
        Write(json => Issue(json, null, content, edition, language, withParts: true));

    /// <summary>
    /// The edition as a PublicationIssue of its newspaper: on its own page a whole document (with its
    /// articles as parts), inside an article a reference.
    /// </summary>
    private static void Issue(Utf8JsonWriter json, string? property, SiteContent content, Edition edition, Language language, bool withParts)
    {
        var url = Urls.Absolute(content.Config.BaseUrl, PagePaths.Edition(language, edition));
        StartObject(json, property);
        if (withParts) json.WriteString("@context", Context);
        json.WriteString("@type", "PublicationIssue");
        json.WriteString("@id", url);
        json.WriteString("url", url);
        json.WriteString("name", edition.Title[language]);
        json.WriteString("inLanguage", language.Code);
        var source = edition.Source.In(language);
        if (source.Date.Value is { } date) json.WriteString("datePublished", date.Iso);
        Add(json, "pagination", source.Page.Value);
        if (source.Publication.Value is { } publication) Named(json, "isPartOf", "Periodical", publication);
        if (withParts)
        {
            AddNotes(json, ContentViews.EditionNotes(edition, content.DataOf(edition)).Select(n => n.In(language)));
            Add(json, "description", edition.Summary?[language]);
            Named(json, "about", "Place", edition.Zone.Name[language]);
            var parts = content.ArticlesOf(edition).Where(a => a.IsPublic && a.In(language) is not null)
                .OrderBy(a => a.Order).ThenBy(a => a.Key, StringComparer.Ordinal).ToList();
            if (parts.Count > 0)
            {
                json.WriteStartArray("hasPart");
                foreach (var part in parts)
                {
                    json.WriteStartObject();
                    json.WriteString("@type", "NewsArticle");
                    json.WriteString("@id", Urls.Absolute(content.Config.BaseUrl, PagePaths.Article(part.In(language)!, edition)));
                    json.WriteString("headline", part.In(language)!.Title);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }
        }

        json.WriteEndObject();
    }

    /// <summary>
    /// Editor's notes (those the page shows): corrections as schema.org CorrectionComment (correction),
    /// the others as Comment (comment) whose name says the kind; the text as printed, when a correction
    /// gives it, is kept. A page with a dated correction was modified then: dateModified is the newest.
    /// </summary>
    private static void AddNotes(Utf8JsonWriter json, IEnumerable<EditorNote> shown)
    {
        var notes = shown.ToList();
        var corrections = notes.Where(n => n.Kind == NoteKind.Correction).ToList();
        var comments = notes.Where(n => n.Kind != NoteKind.Correction).ToList();
        if (corrections.Count > 0) Notes(json, "correction", corrections);
        var corrected = corrections.Where(n => n.Date is not null).Select(n => n.Date!.Value).ToList();
        if (corrected.Count > 0) json.WriteString("dateModified", ContentDates.Iso(corrected.Max()));
        if (comments.Count > 0) Notes(json, "comment", comments);
    }

    private static void Notes(Utf8JsonWriter json, string property, IEnumerable<EditorNote> notes)
    {
        json.WriteStartArray(property);
        foreach (var note in notes)
        {
            json.WriteStartObject();
            json.WriteString("@type", note.Kind == NoteKind.Correction ? "CorrectionComment" : "Comment");
            json.WriteString("name", $"Editor’s note ({note.Kind.ToString().ToLowerInvariant()})");
            json.WriteString("text", note.Text);
            Add(json, "description", note.Original is { } original ? "as printed: " + original : null);
            if (note.Date is { } date) json.WriteString("dateCreated", ContentDates.Iso(date));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Reference(Utf8JsonWriter json, string? property, SiteContent content, Article article, ArticleText text)
    {
        StartObject(json, property);
        json.WriteString("@type", "NewsArticle");
        json.WriteString("@id", Urls.Absolute(content.Config.BaseUrl, PagePaths.Article(text, article.Edition)));
        json.WriteString("inLanguage", text.Language.Code);
        json.WriteString("headline", text.Title);
        json.WriteEndObject();
    }

    /// <summary>An object of a type with a name: as a property, or as an item of the array being written (no property).</summary>
    private static void Named(Utf8JsonWriter json, string? property, string type, string name)
    {
        StartObject(json, property);
        json.WriteString("@type", type);
        json.WriteString("name", name);
        json.WriteEndObject();
    }

    private static void StartObject(Utf8JsonWriter json, string? property)
    {
        if (property is null) json.WriteStartObject();
        else json.WriteStartObject(property);
    }

    private static void Add(Utf8JsonWriter json, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) json.WriteString(key, value);
    }
}
