using System.Collections.Immutable;
using System.Globalization;
using Scriban.Runtime;
using ZoneReport.Formats;
using ZoneReport.Formats.Corrections;
using ZoneReport.Model;

namespace ZoneReport.Rendering;

/// <summary>Lists every page of the site, in a stable order.</summary>
public static class SitePages
{
    /// <param name="translationNotices">The visible note of each translation whose original was revised after it (site.yml 'stale_translation: note').</param>
    /// <param name="search">Add a search page per language (the site is indexed with Pagefind).</param>
    public static IReadOnlyList<PageSpec> List(SiteContent content, IReadOnlyDictionary<string, ContentViews> views,
        IReadOnlyDictionary<ArticleText, string>? translationNotices = null, bool search = false)
    {
        var config = content.Config;
        var pages = new List<PageSpec>();
        var homes = Each(config, PagePaths.Home);
        var landingLanguage = config.DefaultLanguage;
        // An edition's date reads all its articles: found once per edition, not once per page and language.
        var editionDates = content.Editions.Select(e => ContentDates.Updated(content, e)).ToArray();
        var newest = editionDates.Aggregate(DateOnly.MinValue, (a, b) => a > b ? a : b);
        var zoneDates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        for (var i = 0; i < editionDates.Length; i++)
        {
            var zone = content.Editions[i].Zone.Slug;
            zoneDates[zone] = zoneDates.TryGetValue(zone, out var date) && date > editionDates[i] ? date : editionDates[i];
        }

        var hasCorrections = content.Editions.Select(e => CorrectionLog.HasPage(content, e)).ToArray();
        // An article's pages in every language lead to the same counterparts.
        var articleAlternates = content.Articles.Select(a => Alternates(config, a)).ToArray();
        pages.Add(new PageSpec(PagePaths.Landing, "landing", landingLanguage, config.Title[landingLanguage],
            config.Description[landingLanguage], new ScriptObject(), homes, Updated: newest));
        pages.Add(new PageSpec(PagePaths.RootNotFound, "404", landingLanguage, config.Title[landingLanguage], null,
            new ScriptObject(), Each(config, PagePaths.NotFound)));

        foreach (var language in config.Languages)
        {
            var view = views[language.Id];
            pages.Add(new PageSpec(PagePaths.Home(language), "home", language, config.Title[language], config.Description[language],
                new ScriptObject(), homes, Updated: newest));
            pages.Add(new PageSpec(PagePaths.NotFound(language), "404", language, config.Title[language], null,
                new ScriptObject(), Each(config, PagePaths.NotFound)));

            if (search)
            {
                pages.Add(new PageSpec(PagePaths.Search(language), "search", language, config.Title[language], null,
                    new ScriptObject(), Each(config, PagePaths.Search)));
            }

            foreach (var (year, yearView) in view.ArchiveYears.Zip(view.Years))
            {
                // The title is the year; templates word it with the interface word year_title.
                pages.Add(new PageSpec(PagePaths.Year(language, year), "year", language, year.ToString(CultureInfo.InvariantCulture), null,
                    new ScriptObject { ["year"] = yearView }, Each(config, l => PagePaths.Year(l, year))));
            }

            foreach (var zone in content.Zones)
            {
                pages.Add(new PageSpec(PagePaths.Zone(language, zone), "zone", language, zone.Name[language], zone.Summary?[language],
                    new ScriptObject { ["zone"] = view.Of(zone) }, Each(config, l => PagePaths.Zone(l, zone)),
                    Zone: zone, Updated: zoneDates.GetValueOrDefault(zone.Slug, DateOnly.MinValue)));
            }

            for (var e = 0; e < content.Editions.Length; e++)
            {
                var edition = content.Editions[e];
                var updated = editionDates[e];
                pages.Add(new PageSpec(PagePaths.Edition(language, edition), "edition", language, edition.Title[language],
                    edition.Summary?[language], new ScriptObject { ["edition"] = view.Of(edition) },
                    Each(config, l => PagePaths.Edition(l, edition)), Zone: edition.Zone, Edition: edition, Updated: updated));
                var plans = content.DataOf(edition).Plans;
                for (var i = 0; i < plans.Length; i++)
                {
                    var plan = plans[i];
                    var planView = view.PlanOf(edition, i);
                    pages.Add(new PageSpec(PagePaths.Plan(language, edition, plan), "plan", language, plan.Title[language],
                        plan.Summary?[language], new ScriptObject { ["plan"] = planView, ["edition"] = view.Of(edition) },
                        Each(config, l => PagePaths.Plan(l, edition, plan)), Zone: edition.Zone, Edition: edition, Updated: updated));
                }

                if (hasCorrections[e])
                {
                    pages.Add(new PageSpec(CorrectionLog.PagePath(language, edition), "corrections", language, edition.Title[language], null,
                        new ScriptObject { ["edition"] = view.Of(edition), ["corrections"] = CorrectionViews.Of(content, edition, language) },
                        Each(config, l => CorrectionLog.PagePath(l, edition)), Zone: edition.Zone, Edition: edition, Updated: updated));
                }
            }

            for (var a = 0; a < content.Articles.Length; a++)
            {
                var article = content.Articles[a];
                if (article.In(language) is { } text)
                {
                    pages.Add(ArticlePage(content, view, article, text, translationNotices?.GetValueOrDefault(text), articleAlternates[a]));
                }
            }
        }

        return pages;
    }

    /// <summary>The page of one article in the language of <paramref name="text"/>.</summary>
    public static PageSpec ArticlePage(SiteContent content, ContentViews view, Article article, ArticleText text, string? translationNotice,
        ImmutableSortedDictionary<string, string>? alternates = null)
    {
        var config = content.Config;
        var missing = config.Languages.Any(l => article.In(l) is null);
        alternates ??= Alternates(config, article);
        return new PageSpec(PagePaths.Article(text, article.Edition), "article", text.Language, text.Title, text.Summary,
            // The article's own view is made when the page is rendered: listing every page makes none.
            new DeferredView(
            [
                new("article", DeferredView.Later), new("edition", view.Of(article.Edition)), new("translation_notice", translationNotice),
            ], () => new ScriptObject { ["article"] = view.Of(article) }),
            alternates, SwitchIsFallback: missing, Body: (article, text), Zone: article.Edition.Zone, Edition: article.Edition,
            Indexable: article.IsPublic, Updated: ContentDates.Updated(article, text));
    }

    /// <summary>The article in each language, or its edition in a language it is not written in.</summary>
    private static ImmutableSortedDictionary<string, string> Alternates(SiteConfig config, Article article) =>
        config.Languages.ToImmutableSortedDictionary(l => l.Id,
            l => article.In(l) is { } other ? PagePaths.Article(other, article.Edition) : PagePaths.Edition(l, article.Edition),
            StringComparer.Ordinal);

    private static ImmutableSortedDictionary<string, string> Each(SiteConfig config, Func<Language, string> path) =>
        config.Languages.ToImmutableSortedDictionary(l => l.Id, path, StringComparer.Ordinal);
}
