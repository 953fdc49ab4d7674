using ZoneReport.Diagnostics;
using ZoneReport.Model;

namespace ZoneReport.Content;

/// <summary>
/// One page, one address: two articles of an edition may not have the same slug in one language,
/// and no slug may take a name the edition's own pages use (plans/), or one page would silently
/// overwrite the other.
/// </summary>
public static class ArticleAddresses
{
    /// <summary>Folder names inside an edition's address that ZoneReport itself writes.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal) { "plans" };

    /// <param name="slugAt">Where a text's slug is written (its 'slug:' line, or its file name).</param>
    public static void Check(IEnumerable<Article> articles, SiteConfig config, Func<ArticleText, SourceLocation> slugAt, ErrorCollector errors)
    {
        var texts = articles.SelectMany(a => a.Texts.Values.Select(t => (Article: a, Text: t)));
        foreach (var group in texts.GroupBy(t => (t.Article.Edition.Key, t.Text.Language.Id, t.Text.Slug)))
        {
            var ordered = group.OrderBy(t => t.Text.SourceFile, StringComparer.Ordinal).ToList();
            var (edition, language, slug) = group.Key;
            var address = $"{config.FindLanguage(language)?.Prefix ?? language}/{edition}/{slug}/";
            if (Reserved.Contains(slug))
            {
                foreach (var (_, text) in ordered)
                {
                    errors.Add(slugAt(text), $"the slug '{slug}' is the name of the edition's own {slug}/ pages ({address})",
                        $"give the article another slug, such as 'slug: {slug}-article'");
                }

                continue;
            }

            if (ordered.Count < 2) continue;
            var first = ordered[0].Text;
            foreach (var (_, text) in ordered.Skip(1))
            {
                errors.Add(slugAt(text),
                    $"two articles would be written to the same address {address}: {text.SourceFile} and {first.SourceFile} (at {slugAt(first)}) both have the slug '{slug}'",
                    "give one of them another slug ('slug: ...' in its front matter, or another file name)");
            }
        }
    }
}
