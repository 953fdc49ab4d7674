using System.Collections.Immutable;
using Scriban.Runtime;
using ZoneReport.Model;
using ZoneReport.Rendering;

namespace ZoneReport.Formats.Citations;

/// <summary>One page's citation: its source, the formatted styles, the metadata for its head, and where its reference files go.</summary>
/// <remarks>The source is made when first read: a build that renders a few pages makes only their citations' sources.</remarks>
public sealed record PageCitation(string PagePath, Lazy<CitationSource> Made)
{
    public CitationSource Source => Made.Value;

    /// <summary>The styles a reader of this page's language is offered: GB/T 7714 on Chinese pages; APA, Chicago and GB/T 7714 on English ones.</summary>
    public ImmutableArray<(string Key, string Name, StyledText Text)> Styles =>
        Source.IsChinese
            ? [("gbt7714", Gbt7714.Edition, Gbt7714.Reference(Source))]
            : [("apa", "APA 7", Apa.Reference(Source)), ("chicago", "Chicago (notes and bibliography)", Chicago.Bibliography(Source)), ("gbt7714", Gbt7714.Edition, Gbt7714.Reference(Source))];

    public string Folder => PagePath.Contains('/') ? PagePath[..(PagePath.LastIndexOf('/') + 1)] : "";

    /// <summary>The reference files beside the page: output path, and how to make its text (made only when the file is rendered).</summary>
    public IEnumerable<(string Path, Func<string> Text)> Files
    {
        get
        {
            var folder = Folder;
            return
            [
                (folder + ReferenceFiles.BibTeXFile, () => ReferenceFiles.BibTeX(Source)),
                (folder + ReferenceFiles.RisFile, () => ReferenceFiles.Ris(Source)),
                (folder + ReferenceFiles.CslJsonFile, () => ReferenceFiles.CslJson(Source)),
            ];
        }
    }
}

/// <summary>The citation of every article and edition page, and what templates receive of it as `cite`.</summary>
public static class Citations
{
    /// <summary>Files each citation adds to the site (BibTeX, RIS, CSL-JSON).</summary>
    public const int FilesPerPage = 3;

    public static ImmutableArray<PageCitation> For(SiteContent content, IEnumerable<PageSpec> pages)
    {
        var editions = content.Config.Languages
            .SelectMany(l => content.Editions.Select(e => (Path: PagePaths.Edition(l, e), Edition: e, Language: l)))
            .ToDictionary(e => e.Path, StringComparer.Ordinal);
        var citations = ImmutableArray.CreateBuilder<PageCitation>();
        foreach (var page in pages)
        {
            if (page.Kind == "article" && page.Body is var (article, text))
            {
                citations.Add(new PageCitation(page.Path, new Lazy<CitationSource>(() => CitationSources.ForArticle(content.Config, article, text))));
            }
            else if (page.Kind == "edition" && editions.TryGetValue(page.Path, out var edition))
            {
                var (_, cited, language) = edition;
                citations.Add(new PageCitation(page.Path, new Lazy<CitationSource>(() => CitationSources.ForEdition(content.Config, cited, language))));
            }
        }

        return citations.ToImmutable();
    }

    /// <summary>
    /// What sets `cite` on a page just before it is rendered: the citation's view on article and
    /// edition pages, null elsewhere. Made page by page, so a build that renders a few pages formats
    /// only their citations.
    /// </summary>
    public static Action<PageSpec> Attacher(ImmutableArray<PageCitation> citations)
    {
        // Two articles with one address are an error reported by the content checks; until the build
        // stops for it, the first citation of a path stands rather than crashing the build.
        var byPath = new Dictionary<string, PageCitation>(citations.Length, StringComparer.Ordinal);
        foreach (var citation in citations) byPath.TryAdd(citation.PagePath, citation);
        return page => page.Data["cite"] = byPath.TryGetValue(page.Path, out var citation) ? View(citation) : null;
    }

    private static ScriptObject View(PageCitation citation)
    {
        var styles = new ScriptArray();
        foreach (var (key, name, text) in citation.Styles)
        {
            styles.Add(new ScriptObject { ["key"] = key, ["name"] = name, ["html"] = new HtmlString(text.Html), ["text"] = text.Plain });
        }

        var meta = new ScriptArray();
        foreach (var (name, content) in HeadMetadata.For(citation.Source)) meta.Add(new ScriptObject { ["name"] = name, ["content"] = content });
        return new ScriptObject
        {
            ["styles"] = styles,
            ["meta"] = meta,
            ["bibtex"] = citation.Folder + ReferenceFiles.BibTeXFile,
            ["ris"] = citation.Folder + ReferenceFiles.RisFile,
            ["csl_json"] = citation.Folder + ReferenceFiles.CslJsonFile,
            ["note"] = ReferenceFiles.Note(citation.Source),
            ["placeholder"] = Gbt7714.AccessPlaceholder(citation.Source.IsChinese),
        };
    }
}
