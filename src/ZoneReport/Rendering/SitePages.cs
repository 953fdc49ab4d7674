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
        var newest = ContentDates.Updated(content, content.Editions);
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
                    Zone: zone, Updated: ContentDates.Updated(content, zone)));
            }

            foreach (var edition in content.Editions)
            {
                var updated = ContentDates.Updated(content, edition);
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

                if (CorrectionLog.HasPage(content, edition))
                {
                    pages.Add(new PageSpec(CorrectionLog.PagePath(language, edition), "corrections", language, edition.Title[language], null,
                        new ScriptObject { ["edition"] = view.Of(edition), ["corrections"] = CorrectionViews.Of(content, edition, language) },
                        Each(config, l => CorrectionLog.PagePath(l, edition)), Zone: edition.Zone, Edition: edition, Updated: updated));
                }
            }

            foreach (var article in content.Articles)
            {
                if (article.In(language) is { } text) pages.Add(ArticlePage(content, view, article, text, translationNotices?.GetValueOrDefault(text)));
            }
        }

        return pages;
    }

    /// <summary>The page of one article in the language of <paramref name="text"/>.</summary>
    public static PageSpec ArticlePage(SiteContent content, ContentViews view, Article article, ArticleText text, string? translationNotice)
    {
        var config = content.Config;
        var missing = config.Languages.Any(l => article.In(l) is null);
        var alternates = config.Languages.ToImmutableSortedDictionary(l => l.Id,
            l => article.In(l) is { } other ? PagePaths.Article(other, article.Edition) : PagePaths.Edition(l, article.Edition),
            StringComparer.Ordinal);
        return new PageSpec(PagePaths.Article(text, article.Edition), "article", text.Language, text.Title, text.Summary,
            new ScriptObject
            {
                ["article"] = view.Of(article), ["edition"] = view.Of(article.Edition),
                ["translation_notice"] = translationNotice,
            },
            alternates, SwitchIsFallback: missing, Body: (article, text), Zone: article.Edition.Zone, Edition: article.Edition,
            Indexable: article.IsPublic, Updated: ContentDates.Updated(article, text));
    }

    private static ImmutableSortedDictionary<string, string> Each(SiteConfig config, Func<Language, string> path) =>
        config.Languages.ToImmutableSortedDictionary(l => l.Id, path, StringComparer.Ordinal);
}
