using Scriban.Runtime;
using ZoneReport.Formats.Corrections;
using ZoneReport.Model;

namespace ZoneReport.Rendering;

/// <summary>The template model of an edition's corrections page (templates/corrections.html).</summary>
public static class CorrectionViews
{
    /// <summary>
    /// { entries: [{ anchor, date, date_iso, place, title, page, text, original, corrected }], feed }:
    /// newest first; <c>place</c> is edition, article, plan, figure or photo (the interface word
    /// correction_place_&lt;place&gt; names it); <c>page</c> is the page whose editor's notes hold the note.
    /// </summary>
    public static ScriptObject Of(SiteContent content, Edition edition, Language language)
    {
        var entries = new ScriptArray();
        foreach (var correction in CorrectionLog.Of(content, edition, language))
        {
            var note = correction.Note;
            entries.Add(new ScriptObject
            {
                ["anchor"] = correction.Anchor,
                ["date"] = note.Date is { } date ? LocalFormats.Date(date, language) : null,
                ["date_iso"] = note.Date is { } iso ? LocalFormats.IsoDate(iso) : null,
                ["place"] = correction.Place.ToString().ToLowerInvariant(),
                ["title"] = correction.Title,
                ["page"] = correction.PagePath,
                ["text"] = note.Text,
                ["original"] = note.Original,
                ["corrected"] = note.Corrected,
            });
        }

        return new ScriptObject { ["entries"] = entries, ["feed"] = CorrectionLog.FeedPath(language) };
    }
}
