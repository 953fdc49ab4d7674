using System.Text;
using System.Xml;
using ZoneReport.Model;
using ZoneReport.Rendering;

namespace ZoneReport.Formats.Corrections;

/// <summary>
/// The corrections feed of a language (Atom 1.0, RFC 4287): one entry per correction, newest first.
/// An entry's id and link are its place on the edition's corrections page; its related link is the
/// page whose editor's notes hold it. Dates come from the notes (an undated note takes its edition's
/// newest content date, as <see cref="ContentDates"/> does for articles), so the same content gives
/// the same bytes. A language without corrections still has its feed, with no entries, so readers
/// can subscribe before the first one.
/// </summary>
public static class CorrectionFeed
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    /// <summary>The feed's title, e.g. "更正记录 · 开发区年报" (<paramref name="word"/> finds an interface word of the feed's language).</summary>
    public static string Title(SiteContent content, Language language, Func<string, string> word) =>
        $"{word("corrections")} · {content.Config.Title[language]}";

    public static string Xml(SiteContent content, Language language, Func<string, string> word)
    {
        var config = content.Config;
        var corrections = CorrectionLog.Of(content, language);
        var dated = corrections.Select(c => (Correction: c, Updated: c.Note.Date ?? ContentDates.Updated(content, c.Edition))).ToList();
        var updated = dated.Count > 0 ? dated.Max(c => c.Updated) : ContentDates.Updated(content, content.Editions);
        var self = Urls.Absolute(config.BaseUrl, CorrectionLog.FeedPath(language));

        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" }))
        {
            AtomFeed.Start(xml, language, self, Title(content, language, word), word("corrections_feed_about"), updated,
                Urls.Absolute(config.BaseUrl, PagePaths.Home(language)), config.Title[language]);
            foreach (var (correction, entryUpdated) in dated) Entry(xml, content, correction, entryUpdated, word);
            xml.WriteEndElement();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Entry(XmlWriter xml, SiteContent content, Correction correction, DateOnly updated, Func<string, string> word)
    {
        var config = content.Config;
        var edition = correction.Edition;
        var language = correction.Language;
        var url = Urls.Absolute(config.BaseUrl, CorrectionLog.PagePath(language, edition)) + "#" + correction.Anchor;
        xml.WriteStartElement("entry", Atom);
        xml.WriteElementString("id", Atom, url);
        xml.WriteElementString("title", Atom, correction.Place == CorrectionPlace.Edition
            ? correction.Title
            : $"{correction.Title} · {edition.Title[language]}");
        xml.WriteElementString("updated", Atom, ContentDates.Instant(updated));
        AtomFeed.Link(xml, "alternate", url, "text/html");
        AtomFeed.Link(xml, "related", Urls.Absolute(config.BaseUrl, correction.PagePath) + CorrectionLog.NotesFragment, "text/html");
        xml.WriteStartElement("category", Atom);
        xml.WriteAttributeString("term", edition.Key);
        xml.WriteAttributeString("label", edition.Title[language]);
        xml.WriteEndElement();
        xml.WriteElementString("summary", Atom, Summary(correction.Note, word));
        xml.WriteEndElement();
    }

    /// <summary>The note, then the text as printed and as it now reads, when the note records them.</summary>
    private static string Summary(EditorNote note, Func<string, string> word)
    {
        var text = new StringBuilder(note.Text);
        if (note.Original is { } original) text.Append('\n').Append(word("note_original")).Append(word("label_colon")).Append(original);
        if (note.Corrected is { } corrected) text.Append('\n').Append(word("correction_now")).Append(word("label_colon")).Append(corrected);
        return text.ToString();
    }
}
