using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
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
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = true,
        NewLine = "\n",
    };

    /// <summary>The JSON-LD of a page, or null for pages that carry none (home, zone, plan, 404).</summary>
    public static string? For(SiteContent content, PageSpec page) => page switch
    {
        { Body: var (article, text) } => Article(content, article, text),
        { Kind: "edition", Edition: { } edition } => Edition(content, edition, page.Language),
        _ => null,
    };

    public static string Article(SiteContent content, Article article, ArticleText text)
    {
        var config = content.Config;
        var edition = article.Edition;
        var language = text.Language;
        var url = Urls.Absolute(config.BaseUrl, PagePaths.Article(text, edition));
        var node = new JsonObject
        {
            ["@context"] = Context,
            ["@type"] = "NewsArticle",
            ["@id"] = url,
            ["url"] = url,
            ["mainEntityOfPage"] = url,
            ["headline"] = text.Title,
            ["inLanguage"] = language.Code,
        };
        Add(node, "alternativeHeadline", text.Subtitle);
        Add(node, "description", text.Summary);
        if (ContentDates.Published(article, text) is { } published) node["datePublished"] = published.Iso;

        var publication = text.Publication;
        if (text.Byline is { } byline) node["author"] = new JsonArray(Named("Person", byline));
        else if (publication is not null) node["author"] = new JsonArray(Named("Organization", publication));
        var contributors = new JsonArray(text.Credits.Select(c => (JsonNode)new JsonObject
        {
            ["@type"] = "Role", ["roleName"] = c.Role, ["contributor"] = Named("Person", c.Names),
        }).ToArray());
        if (contributors.Count > 0) node["contributor"] = contributors;
        if (publication is not null) node["publisher"] = Named("Organization", publication);
        Add(node, "pagination", text.Page);
        node["isPartOf"] = Issue(content, edition, language, withParts: false);
        node["about"] = Place(edition.Zone, language);

        var original = config.DefaultLanguage;
        if (language != original && article.In(original) is { } source)
        {
            node["translationOfWork"] = Reference(content, article, source);
        }
        else if (language == original)
        {
            var translations = config.Languages.Where(l => l != original && article.In(l) is not null)
                .Select(l => (JsonNode)Reference(content, article, article.In(l)!)).ToArray();
            if (translations.Length > 0) node["workTranslation"] = new JsonArray(translations);
        }

        AddNotes(node, text.Notes.Concat(ContentViews.DataNotesOf(article, content.DataOf(edition)).Select(n => n.In(language))));

        return node.ToJsonString(Options);
    }

    public static string Edition(SiteContent content, Edition edition, Language language)
    {
        return Issue(content, edition, language, withParts: true).ToJsonString(Options);
    }

    /// <summary>
    /// The edition as a PublicationIssue of its newspaper: on its own page a whole document (with its
    /// articles as parts), inside an article a reference.
    /// </summary>
    private static JsonObject Issue(SiteContent content, Edition edition, Language language, bool withParts)
    {
        var url = Urls.Absolute(content.Config.BaseUrl, PagePaths.Edition(language, edition));
        var issue = new JsonObject();
        if (withParts) issue["@context"] = Context;
        issue["@type"] = "PublicationIssue";
        issue["@id"] = url;
        issue["url"] = url;
        issue["name"] = edition.Title[language];
        issue["inLanguage"] = language.Code;
        var source = edition.Source.In(language);
        if (source.Date.Value is { } date) issue["datePublished"] = date.Iso;
        Add(issue, "pagination", source.Page.Value);
        if (source.Publication.Value is { } publication) issue["isPartOf"] = Named("Periodical", publication);
        if (!withParts) return issue;

        AddNotes(issue, ContentViews.EditionNotes(edition, content.DataOf(edition)).Select(n => n.In(language)));
        Add(issue, "description", edition.Summary?[language]);
        issue["about"] = Place(edition.Zone, language);
        var parts = content.ArticlesOf(edition).Where(a => a.IsPublic && a.In(language) is not null)
            .OrderBy(a => a.Order).ThenBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => (JsonNode)new JsonObject
            {
                ["@type"] = "NewsArticle",
                ["@id"] = Urls.Absolute(content.Config.BaseUrl, PagePaths.Article(a.In(language)!, edition)),
                ["headline"] = a.In(language)!.Title,
            }).ToArray();
        if (parts.Length > 0) issue["hasPart"] = new JsonArray(parts);
        return issue;
    }

    /// <summary>
    /// Editor's notes (those the page shows): corrections as schema.org CorrectionComment (correction),
    /// the others as Comment (comment) whose name says the kind; the text as printed, when a correction
    /// gives it, is kept. A page with a dated correction was modified then: dateModified is the newest.
    /// </summary>
    private static void AddNotes(JsonObject node, IEnumerable<EditorNote> shown)
    {
        var notes = shown.ToList();
        var corrections = new JsonArray();
        var comments = new JsonArray();
        foreach (var note in notes)
        {
            var comment = new JsonObject
            {
                ["@type"] = note.Kind == NoteKind.Correction ? "CorrectionComment" : "Comment",
                ["name"] = $"Editor’s note ({note.Kind.ToString().ToLowerInvariant()})",
                ["text"] = note.Text,
            };
            Add(comment, "description", note.Original is { } original ? "as printed: " + original : null);
            if (note.Date is { } date) comment["dateCreated"] = ContentDates.Iso(date);
            // As a JsonNode: JsonArray.Add<T> would serialize it by reflection (not possible in a native build).
            (note.Kind == NoteKind.Correction ? corrections : comments).Add((JsonNode)comment);
        }

        if (corrections.Count > 0) node["correction"] = corrections;
        var corrected = notes.Where(n => n.Kind == NoteKind.Correction && n.Date is not null).Select(n => n.Date!.Value).ToList();
        if (corrected.Count > 0) node["dateModified"] = ContentDates.Iso(corrected.Max());
        if (comments.Count > 0) node["comment"] = comments;
    }

    private static JsonObject Reference(SiteContent content, Article article, ArticleText text) => new()
    {
        ["@type"] = "NewsArticle",
        ["@id"] = Urls.Absolute(content.Config.BaseUrl, PagePaths.Article(text, article.Edition)),
        ["inLanguage"] = text.Language.Code,
        ["headline"] = text.Title,
    };

    private static JsonObject Place(Zone zone, Language language) => Named("Place", zone.Name[language]);

    private static JsonObject Named(string type, string name) => new() { ["@type"] = type, ["name"] = name };

    private static void Add(JsonObject node, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) node[key] = value;
    }
}
