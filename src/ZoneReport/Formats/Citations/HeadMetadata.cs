namespace ZoneReport.Formats.Citations;

/// <summary>
/// The page-head metadata that reference managers and scholarly search engines read: Highwire Press
/// citation_* tags (Zotero, Google Scholar) and Dublin Core (DC.*). Only printed facts are stated:
/// an inferred newspaper or date is left out here, as a meta tag cannot say "inferred".
/// </summary>
public static class HeadMetadata
{
    public const string DublinCoreSchema = "http://purl.org/dc/elements/1.1/";

    public static IEnumerable<(string Name, string Content)> For(CitationSource source)
    {
        var language = source.IsChinese ? "zh" : "en";
        yield return ("citation_title", source.Title);
        foreach (var person in source.Authors) yield return ("citation_author", person.Whole ?? $"{person.Family}, {person.Given}");
        if (source.Date is { Inferred: false } date) yield return ("citation_publication_date", date.Value.Iso.Replace('-', '/'));
        if (source.Newspaper is { Inferred: false } paper) yield return ("citation_journal_title", paper.Value);
        if (source.PageNumber is { Inferred: false } page) yield return ("citation_firstpage", page.Value);
        yield return ("citation_language", language);
        yield return ("citation_fulltext_html_url", source.Url);

        yield return ("DC.title", source.Title);
        foreach (var person in source.Authors) yield return ("DC.creator", person.Whole ?? $"{person.Family}, {person.Given}");
        if (source.Date is { Inferred: false } printed) yield return ("DC.date", printed.Value.Iso);
        if (source.Newspaper is { Inferred: false } publisher) yield return ("DC.publisher", publisher.Value);
        yield return ("DC.type", "Text");
        yield return ("DC.format", "text/html");
        yield return ("DC.language", language);
        yield return ("DC.identifier", source.Url);
    }
}
