using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ZoneReport.Formats.Citations;

/// <summary>
/// The files a reference manager imports (Zotero, EndNote, JabRef, BibDesk), one per page beside its
/// index.html: cite.bib (BibLaTeX), cite.ris and cite.json (CSL-JSON). All say only what the page's
/// citation says: inferred facts are marked as inferred and unknown ones are left out.
/// </summary>
public static class ReferenceFiles
{
    public const string BibTeXFile = "cite.bib";
    public const string RisFile = "cite.ris";
    public const string CslJsonFile = "cite.json";

    /// <summary>@article with entrysubtype newspaper (biblatex's form for a newspaper article), readable by BibTeX too.</summary>
    public static string BibTeX(CitationSource source)
    {
        var fields = new List<(string Name, string Value)>
        {
            ("entrysubtype", "newspaper"),
        };
        if (!source.Authors.IsEmpty)
        {
            fields.Add(("author", string.Join(" and ", source.Authors.Select(p => p.Whole is { } whole ? "{" + Escape(whole) + "}" : $"{Escape(p.Family!)}, {Escape(p.Given ?? "")}"))));
        }

        // Double braces keep the title's capitals as written (BibTeX styles would change them).
        fields.Add(("title", "{" + Escape(source.Title) + "}"));
        if (source.Newspaper is { } paper) fields.Add(("journal", Escape(Bracketed(paper))));
        if (source.Date is { Inferred: false, Value: var printed })
        {
            // year/month/day for BibTeX and citation-js, date for biblatex.
            fields.Add(("year", printed.Year.ToString(CultureInfo.InvariantCulture)));
            if (printed.Month is { } month) fields.Add(("month", month.ToString(CultureInfo.InvariantCulture)));
            if (printed.Day is { } day) fields.Add(("day", day.ToString(CultureInfo.InvariantCulture)));
            fields.Add(("date", printed.Iso));
        }
        else if (source.Date is { Inferred: true, Value: var inferred })
        {
            // biblatex reads "~" after a date as approximate (circa); the note says why.
            fields.Add(("date", inferred.Iso + "~"));
        }

        if (source.PageNumber is { Inferred: false } page) fields.Add(("pages", page.Value));
        fields.Add(("url", source.Url));
        fields.Add(("langid", source.IsChinese ? "chinese" : "english"));
        if (Note(source) is { } note) fields.Add(("note", Escape(note)));

        var text = new StringBuilder($"@article{{{source.Id},\n");
        foreach (var (name, value) in fields) text.Append($"  {name} = {{{value}}},\n");
        return text.Append("}\n").ToString();
    }

    /// <summary>
    /// RIS (TY NEWS), as Zotero and EndNote read it: one tag per line, "ER  - " at the end. A1 and Y1 (primary
    /// author and date) rather than AU and DA, which some readers take for the reporter or ignore; no LA, as
    /// it makes citation-js read the file by the newer tag set, without A1 and Y1 (the language is in the other two files).
    /// </summary>
    public static string Ris(CitationSource source)
    {
        var text = new StringBuilder("TY  - NEWS\n");
        foreach (var person in source.Authors) text.Append("A1  - ").Append(person.Whole ?? $"{person.Family}, {person.Given}").Append('\n');
        text.Append("TI  - ").Append(OneLine(source.Title)).Append('\n');
        if (source.Newspaper is { } paper) text.Append("T2  - ").Append(Bracketed(paper)).Append('\n');
        if (source.Date is { Inferred: false } date)
        {
            var d = date.Value;
            text.Append("Y1  - ").Append($"{d.Year:0000}/{(d.Month is { } m ? m.ToString("00", CultureInfo.InvariantCulture) : "")}/{(d.Day is { } day ? day.ToString("00", CultureInfo.InvariantCulture) : "")}/").Append('\n');
        }

        if (source.PageNumber is { Inferred: false } page) text.Append("SP  - ").Append(page.Value).Append('\n');
        text.Append("UR  - ").Append(source.Url).Append('\n');
        if (Note(source) is { } note) text.Append("N1  - ").Append(OneLine(note)).Append('\n');
        return text.Append("ER  - \n").ToString();
    }

    /// <summary>CSL-JSON: an array holding the one item, as citeproc-js and Zotero read it.</summary>
    public static string CslJson(CitationSource source)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            json.WriteStartObject();
            json.WriteString("id", source.Id);
            json.WriteString("type", "article-newspaper");
            json.WriteString("title", source.Title);
            if (!source.Authors.IsEmpty)
            {
                json.WriteStartArray("author");
                foreach (var person in source.Authors)
                {
                    json.WriteStartObject();
                    if (person.Whole is { } whole) json.WriteString("literal", whole);
                    else
                    {
                        json.WriteString("family", person.Family);
                        json.WriteString("given", person.Given);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            if (source.Newspaper is { } paper) json.WriteString("container-title", Bracketed(paper));
            if (source.Date is { } date)
            {
                json.WriteStartObject("issued");
                json.WriteStartArray("date-parts");
                json.WriteStartArray();
                foreach (var part in date.Value.Parts) json.WriteNumberValue(part);
                json.WriteEndArray();
                json.WriteEndArray();
                if (date.Inferred) json.WriteBoolean("circa", true);
                json.WriteEndObject();
            }

            if (source.PageNumber is { Inferred: false } page) json.WriteString("page", page.Value);
            json.WriteString("URL", source.Url);
            json.WriteString("language", source.LanguageCode);
            if (Note(source) is { } note) json.WriteString("note", note);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    /// <summary>What the reader must know about facts an editor inferred, in the page's language.</summary>
    public static string? Note(CitationSource source)
    {
        var notes = new List<string>();
        var zh = source.IsChinese;
        if (source.Newspaper is { Inferred: true } paper) notes.Add(zh ? $"报纸名称为推断：{paper.Reason}" : $"Newspaper inferred: {paper.Reason}");
        if (source.Date is { Inferred: true } date) notes.Add(zh ? $"日期为推断：{date.Reason}" : $"Date inferred: {date.Reason}");
        return notes.Count == 0 ? null : string.Join(zh ? "；" : "; ", notes.Select(n => n.TrimEnd(':', '：', ' ')));
    }

    private static string Bracketed(Cited<string> fact) => fact.Inferred ? $"[{fact.Value}]" : fact.Value;

    private static string OneLine(string text) => text.Replace('\n', ' ').Replace('\r', ' ');

    /// <summary>The characters BibTeX treats as commands, written so they read as themselves.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder();
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '{' or '}' or '\\' => "",
                '&' or '%' or '$' or '#' or '_' => "\\" + c,
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
