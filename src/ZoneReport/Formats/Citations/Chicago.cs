using System.Globalization;

namespace ZoneReport.Formats.Citations;

/// <summary>
/// Chicago (17th edition, notes and bibliography) bibliography entry for a newspaper article read
/// online: Wang, Chen. “Title.” Newspaper, October 17, 2022. URL. With no author the newspaper
/// stands in its place (CMOS 14.207); no date: n.d.; an inferred one: [January 2023?]. Written to
/// agree with citeproc-js and the official chicago-note-bibliography.csl.
/// </summary>
public static class Chicago
{
    public static StyledText Bibliography(CitationSource source)
    {
        var text = new StyledText();
        var title = Quotes.Nest(source.IsChinese ? source.Title : TitleCase.Apply(source.Title));
        var newspaper = source.Newspaper is { } paper ? (source.IsChinese ? paper.Value : TitleCase.Apply(paper.Value)) : null;
        if (source.Newspaper is { Inferred: true }) newspaper = $"[{newspaper}]";
        var date = Date(source.Date);
        if (source.Authors.IsEmpty)
        {
            if (newspaper is not null) text.Italic(newspaper).Add(". ");
            text.Add("“" + title + ",” " + Stop(date));
        }
        else
        {
            var authors = Names.Join(source.Authors, (p, i) => p.Whole ?? (i == 0 ? $"{p.Family}, {p.Given}" : $"{p.Given} {p.Family}"), "and");
            text.Add(authors.EndsWith('.') ? authors : authors + ".").Add(" ");
            if (newspaper is null) text.Add("“" + title + ",” " + Stop(date));
            else text.Add("“" + title + ".” ").Italic(newspaper).Add(", " + Stop(date));
        }

        return text.Add(" " + source.Url + ".");
    }

    private static string Stop(string text) => text.EndsWith('.') ? text : text + ".";

    private static string Date(Cited<CitedDate>? cited)
    {
        if (cited is not { Value: var date }) return "n.d.";
        var year = date.Year.ToString(CultureInfo.InvariantCulture);
        var month = date.Month is { } m ? CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m) : null;
        var text = date.Day is { } d ? $"{month} {d}, {year}" : month is not null ? $"{month} {year}" : year;
        return cited.Inferred ? $"[{text}?]" : text;
    }
}
