using System.Globalization;
using Scriban.Runtime;
using ZoneReport.Data;
using ZoneReport.Model;

namespace ZoneReport.Rendering;

/// <summary>
/// Template models of the archival record in one language: where a text came from (each fact with
/// how it is known) and the editor's notes. Templates only choose the words for each status.
/// </summary>
public static class RecordViews
{
    /// <summary>
    /// The facts of a source line in reading order, each { kind, status, text, iso, reason, by }.
    /// The section appears only when something is said about it. Every fact is there even when
    /// unknown, so the line is never empty and never has a separator without a fact after it.
    /// </summary>
    public static ScriptObject Source(Provenance provenance, Language language)
    {
        var parts = new ScriptArray
        {
            Part("publication", provenance.Publication, v => v),
        };
        if (provenance.Section is { } section) parts.Add(Part("section", section, v => v));
        parts.Add(Part("page", provenance.Page, v => v));
        parts.Add(DatePart(provenance, language));
        return new ScriptObject
        {
            ["parts"] = parts,
            ["series"] = provenance.Series,
        };
    }

    private static ScriptObject Part<T>(string kind, SourceFact<T> fact, Func<T, string> text) where T : class => new()
    {
        ["kind"] = kind,
        ["status"] = fact.Status.ToString().ToLowerInvariant(),
        ["text"] = fact.Value is { } value ? text(value) : null,
        ["iso"] = null,
        ["reason"] = fact.Reason,
        ["by"] = fact.By,
    };

    private static ScriptObject DatePart(Provenance provenance, Language language)
    {
        var part = Part("date", provenance.Date, date => Date(date, provenance.Weekday, language));
        part["iso"] = provenance.Date.Value?.Iso;
        return part;
    }

    /// <summary>A date at its precision, with the weekday when the source prints one: 2022年10月17日 星期一, Monday, 17 October 2022.</summary>
    public static string Date(SourceDate date, string? printedWeekday, Language language)
    {
        var chinese = QuantityFormatter.IsChinese(language);
        if (date.Exact is { } exact)
        {
            var text = LocalFormats.Date(exact, language);
            if (printedWeekday is null) return text;
            return chinese ? $"{text} {printedWeekday}" : $"{exact.DayOfWeek}, {text}";
        }

        if (date.Month is { } month)
        {
            return chinese ? $"{date.Year}年{month}月" : $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {date.Year}";
        }

        return chinese ? $"{date.Year}年" : date.Year.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Notes as { kind, text, original, date }, in the order given.</summary>
    public static ScriptArray Notes(IEnumerable<EditorNote> notes)
    {
        var array = new ScriptArray();
        foreach (var note in notes)
        {
            array.Add(new ScriptObject
            {
                ["kind"] = note.Kind.ToString().ToLowerInvariant(),
                ["text"] = note.Text,
                ["original"] = note.Original,
                ["date"] = note.Date is { } date ? LocalFormats.IsoDate(date) : null,
            });
        }

        return array;
    }

    public static ScriptArray Notes(IEnumerable<LocalizedNote> notes, Language language) => Notes(notes.Select(n => n.In(language)));
}
