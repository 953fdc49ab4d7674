using System.Security.Cryptography;
using System.Text;
using ZoneReport.Model;
using ZoneReport.Rendering;

namespace ZoneReport.Formats.Corrections;

/// <summary>What a correction note belongs to, and so which page shows it.</summary>
public enum CorrectionPlace
{
    /// <summary>The edition as a whole (edition.yml): shown on the edition page.</summary>
    Edition,

    /// <summary>An article's front matter: shown on the article page.</summary>
    Article,

    /// <summary>A numbered plan (plans/*.yml): shown on the plan page.</summary>
    Plan,

    /// <summary>A key figure (figures.yml): shown on the edition page.</summary>
    Figure,

    /// <summary>A photo (photos.yml): shown on the edition page.</summary>
    Photo,
}

/// <summary>
/// One correction note as the corrections log lists it: the note, what it concerns (<paramref name="Title"/>)
/// and the page that shows it (<paramref name="PagePath"/>, whose editor's notes hold it).
/// </summary>
/// <param name="Order">The place in reading order (edition, articles, plans, figures, photos; notes in the order written):
/// the order of corrections of the same date, and of undated ones.</param>
public sealed record Correction(Edition Edition, Language Language, EditorNote Note, CorrectionPlace Place, string Title, string PagePath, int Order)
{
    /// <summary>
    /// The fragment that names this entry on the corrections page and in the feed's entry id: made
    /// from where the note is and what it says, so it stays the same when other corrections are added.
    /// </summary>
    public string Anchor
    {
        get
        {
            var key = $"{PagePath}\n{Title}\n{Note.Text}\n{Note.Original}";
            return "correction-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12];
        }
    }
}

/// <summary>
/// The corrections log: every editor's note of kind correction (articles, edition.yml, plans,
/// figures, photos), per edition and language, newest first. Each edition with a correction in any
/// language has a "更正记录 / Corrections" page in every language; each language has a corrections feed.
/// </summary>
public static class CorrectionLog
{
    public const string FeedFileName = "corrections.xml";

    /// <summary>The fragment of a page's editor's notes (templates/partials/notes.html).</summary>
    public const string NotesFragment = "#editor-notes";

    public static string PagePath(Language language, Edition edition) =>
        $"{language.Prefix}/{edition.Zone.Slug}/{edition.Slug}/corrections/index.html";

    public static string FeedPath(Language language) => $"{language.Prefix}/{FeedFileName}";

    /// <summary>The corrections of one edition in one language, newest first; undated ones last, in reading order.</summary>
    public static IReadOnlyList<Correction> Of(SiteContent content, Edition edition, Language language) =>
        Newest(InReadingOrder(content, edition, language));

    /// <summary>The corrections of the whole site in one language, newest first (then by edition, in the order of the site).</summary>
    public static IReadOnlyList<Correction> Of(SiteContent content, Language language) =>
        Newest(content.Editions.SelectMany(e => InReadingOrder(content, e, language)));

    /// <summary>Whether the edition has a corrections page: a correction in any of its languages.</summary>
    /// <remarks>Asked for every edition by the page list and the views: it looks for one such note without making the log.</remarks>
    public static bool HasPage(SiteContent content, Edition edition)
    {
        static bool Any(IEnumerable<LocalizedNote> notes) => notes.Any(n => n.Kind == NoteKind.Correction);
        var languages = content.Config.Languages;
        var data = content.DataOf(edition);
        return Any(edition.Notes)
            || content.ArticlesOf(edition).Any(a => a.IsPublic && languages.Any(l => a.In(l)?.Notes.Any(n => n.Kind == NoteKind.Correction) == true))
            || data.Plans.Any(p => Any(p.Notes)) || data.Figures.Any(f => Any(f.Notes)) || data.Photos.Any(p => Any(p.Notes));
    }

    private static IReadOnlyList<Correction> Newest(IEnumerable<Correction> corrections) =>
        corrections.Select((c, i) => (Correction: c, Index: i))
            .OrderByDescending(c => c.Correction.Note.Date ?? DateOnly.MinValue)
            .ThenBy(c => c.Index)
            .Select(c => c.Correction).ToList();

    private static IEnumerable<Correction> InReadingOrder(SiteContent content, Edition edition, Language language)
    {
        var data = content.DataOf(edition);
        var editionPage = PagePaths.Edition(language, edition);
        var order = 0;
        var found = new List<Correction>();

        void Add(IEnumerable<EditorNote> notes, CorrectionPlace place, string title, string page)
        {
            foreach (var note in notes.Where(n => n.Kind == NoteKind.Correction))
            {
                found.Add(new Correction(edition, language, note, place, title, page, order++));
            }
        }

        Add(edition.Notes.Select(n => n.In(language)), CorrectionPlace.Edition, edition.Title[language], editionPage);
        var articles = content.ArticlesOf(edition).Where(a => a.IsPublic && a.In(language) is not null)
            .OrderBy(a => a.Order).ThenBy(a => a.Key, StringComparer.Ordinal);
        foreach (var article in articles)
        {
            var text = article.In(language)!;
            Add(text.Notes, CorrectionPlace.Article, text.Title, PagePaths.Article(text, edition));
        }

        foreach (var plan in data.Plans) Add(plan.Notes.Select(n => n.In(language)), CorrectionPlace.Plan, plan.Title[language], PagePaths.Plan(language, edition, plan));
        foreach (var figure in data.Figures) Add(figure.Notes.Select(n => n.In(language)), CorrectionPlace.Figure, figure.Label[language], editionPage);
        foreach (var photo in data.Photos) Add(photo.Notes.Select(n => n.In(language)), CorrectionPlace.Photo, photo.Caption[language], editionPage);
        return found;
    }
}
