using System.Collections.Immutable;
using ZoneReport.Configuration;
using ZoneReport.Content;
using ZoneReport.Model;

namespace ZoneReport.Listing;

/// <summary>One article as `list` shows it: where it stands with readers now, and its dates.</summary>
/// <param name="Name">zone/edition/name, as `new article` and `translated` take it.</param>
/// <param name="Title">The title in the original's language.</param>
/// <param name="File">The original's file, relative to the site folder.</param>
public sealed record ListedArticle(string Name, string Title, PublishStatus Status, DateTimeOffset? PublishAt, DateTimeOffset? ExpireAt, string File);

/// <summary>One edition and every article in it, in the edition's order.</summary>
public sealed record ListedEdition(string Name, string Title, string File, ImmutableArray<ListedArticle> Articles);

/// <param name="Now">The moment the statuses hold for.</param>
public sealed record EditionListingResult(DateTimeOffset Now, ImmutableArray<ListedEdition> Editions)
{
    public int Count(PublishStatus status) => Editions.Sum(e => e.Articles.Count(a => a.Status == status));
}

/// <summary>
/// `zonereport list`: every edition with its articles, public ones and the ones a build leaves out
/// (drafts, embargoed until their publish_at, expired since their expire_at), as of the clock's now.
/// </summary>
public static class EditionListing
{
    /// <exception cref="Diagnostics.BuildException">The content has errors (every one found).</exception>
    public static EditionListingResult Of(string siteFolder, DateTimeOffset now)
    {
        var config = SiteConfigLoader.Load(siteFolder);
        var loaded = new ContentLoader(config, siteFolder, new PublishingRules(now)).Load();
        var original = config.DefaultLanguage;
        var byEdition = loaded.Articles.Concat(loaded.Withheld).ToLookup(a => a.Edition.Key, StringComparer.Ordinal);
        var editions = loaded.Editions.Select(edition => new ListedEdition(
            edition.Key,
            edition.Title.In(original),
            edition.SourceFile,
            [.. byEdition[edition.Key].OrderBy(a => a.Order).ThenBy(a => a.Key, StringComparer.Ordinal).Select(a => Listed(a, original))]));
        return new EditionListingResult(now, [.. editions]);
    }

    private static ListedArticle Listed(Article article, Language original)
    {
        var text = article.In(original) ?? article.Texts.Values.First();
        var publishing = article.Publishing;
        return new ListedArticle($"{article.Edition.Key}/{article.Key}", text.Title, publishing.Status, publishing.PublishAt, publishing.ExpireAt, text.SourceFile);
    }
}
