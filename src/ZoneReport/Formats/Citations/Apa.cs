using System.Globalization;

namespace ZoneReport.Formats.Citations;

/// <summary>
/// APA 7 reference-list entry for a newspaper article read online: Author, A. (2022, October 17).
/// Title. <i>Newspaper</i>, page. URL. No author: the title moves to the front. No date: (n.d.).
/// An inferred date: (ca. 2023, January). Written to agree with citeproc-js and the official apa.csl.
/// </summary>
public static class Apa
{
    public static StyledText Reference(CitationSource source)
    {
        var text = new StyledText();
        var date = $"({Date(source.Date)}).";
        if (source.Authors.IsEmpty)
        {
            text.Add(Sentence(source.Title)).Add(" ").Add(date);
        }
        else
        {
            var authors = Names.Join(source.Authors, (p, _) => p.Whole ?? $"{p.Family}, {Names.Initials(p.Given ?? "")}", "&");
            text.Add(authors.EndsWith('.') ? authors : authors + ".").Add(" ").Add(date).Add(" ").Add(Sentence(source.Title));
        }

        if (source.Newspaper is { } paper)
        {
            text.Add(" ").Italic(paper.Inferred ? $"[{paper.Value}]" : paper.Value);
            if (source.PageNumber is { Inferred: false } page) text.Add(", " + page.Value);
            text.Add(".");
        }

        return text.Add(" " + source.Url);
    }

    private static string Date(Cited<CitedDate>? cited)
    {
        if (cited is not { Value: var date }) return "n.d.";
        var text = date.Year.ToString(CultureInfo.InvariantCulture);
        if (date.Month is { } month) text += ", " + CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
        if (date.Day is { } day) text += " " + day.ToString(CultureInfo.InvariantCulture);
        return cited.Inferred ? "ca. " + text : text;
    }

    /// <summary>A title ends with one full stop, not two (nor after ? or !).</summary>
    private static string Sentence(string title) => title.EndsWith('.') || title.EndsWith('?') || title.EndsWith('!') ? title : title + ".";
}
