using System.Collections.Immutable;

namespace ZoneReport.Model;

/// <summary>
/// The articles of each edition, in the order of <see cref="SiteContent.Articles"/>: made once on
/// first use instead of scanning every article of the site for each edition (at 1,000 editions and
/// 16,000 articles that scan, repeated per language and per use, cost seconds). It is derived data,
/// not part of the content: it takes no part in a <see cref="SiteContent"/>'s equality, and it is
/// made again when asked about another list of articles (a copy made with <c>with</c> shares it).
/// </summary>
internal sealed class ArticlesByEdition
{
    private sealed record Index(ImmutableArray<Article> Source, ILookup<string, Article> ByEdition);

    private Index? _index;

    public IEnumerable<Article> Of(ImmutableArray<Article> articles, string editionKey)
    {
        var index = _index;
        if (index is null || index.Source != articles)
        {
            index = new Index(articles, articles.ToLookup(a => a.Edition.Key, StringComparer.Ordinal));
            _index = index;
        }

        return index.ByEdition[editionKey];
    }

    public override bool Equals(object? obj) => obj is ArticlesByEdition;

    public override int GetHashCode() => 0;
}
