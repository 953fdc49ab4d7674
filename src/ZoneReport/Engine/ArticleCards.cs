using System.Security.Cryptography;
using ZoneReport.Content;
using ZoneReport.Diagnostics;
using ZoneReport.Model;

namespace ZoneReport.Engine;

/// <summary>
/// What every output but an article's own page shows of an article text: everything its file says
/// except the body (title, summary, dates, notes, credits, provenance, aliases, publishing times...),
/// as one hash per text, its "card". Lists of articles, the pager, feeds, the sitemap, citations and
/// redirects are made from cards, so a paragraph changed in a body renders again only the pages
/// that read that body (its own page, its translations' and the pages linking to it, which name its
/// whole file as read while rendering).
/// </summary>
/// <remarks>
/// The card is the text written by the parse cache's codec with the body left out: that codec
/// writes every field of the record (CachedRecordsTests fails on one it drops), so a field added to
/// an article is part of the card without anyone remembering to add it here.
/// </remarks>
public static class ArticleCards
{
    [ThreadStatic] private static CacheWriter? _writer;

    private static readonly SourceLocation Nowhere = SourceLocation.FileOnly("");

    public static string Of(ArticleText text)
    {
        var writer = _writer ??= new CacheWriter();
        writer.Clear();
        CachedRecords.Article.Write(writer, new ArticleTextReader.Declared(text with { Body = "" }, ProvenanceReader.Declared.Nothing, Nowhere));
        return Convert.ToHexStringLower(SHA256.HashData(writer.Written));
    }

    /// <summary>The name under which a page that links to an article (not into it) records it as read: the target's card.</summary>
    public static string Name(string sourceFile) => CardPrefix + sourceFile;

    /// <summary>
    /// What the engine looks the files read while rendering up in: every source file, all of it, and
    /// each loaded article text's card under its <see cref="Name"/> (any other card name is missing).
    /// </summary>
    public static Func<string, string> Readable(SourceHashes sources, SourceHashes shown) => name =>
        !name.StartsWith(CardPrefix, StringComparison.Ordinal) ? sources.Of(name)
        : shown.Of(name[CardPrefix.Length..]) is var card && card.StartsWith(CardPrefix, StringComparison.Ordinal) ? card : MissingCard;

    private const string CardPrefix = "card:";

    private const string MissingCard = "missing";

    /// <summary>
    /// The site's sources as the outputs that show no body see them: the file of each text in
    /// <paramref name="texts"/> stands for its card; every other file (data, photos, editions, drafts
    /// left out of the build, templates) for its whole content.
    /// </summary>
    public static SourceHashes Shown(SourceHashes sources, IReadOnlyList<ArticleText> texts)
    {
        var cards = new string[texts.Count];
        Parallel.For(0, texts.Count, i => cards[i] = CardPrefix + Of(texts[i]));
        var byFile = new Dictionary<string, string>(texts.Count, StringComparer.Ordinal);
        for (var i = 0; i < texts.Count; i++) byFile[texts[i].SourceFile] = cards[i];
        return sources.Select((path, hash) => byFile.GetValueOrDefault(path, hash));
    }
}
