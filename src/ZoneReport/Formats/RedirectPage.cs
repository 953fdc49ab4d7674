using System.Net;
using System.Text;
using ZoneReport.Model;
using ZoneReport.Rendering;

namespace ZoneReport.Formats;

/// <summary>An alias and the page it leads to.</summary>
public sealed record Redirect(Alias Alias, PageSpec Target);

/// <summary>
/// The pages written at old addresses (<see cref="Alias"/>). Each is a complete small HTML page that
/// works with no script and from the disk: a refresh to the page's relative address, the page's
/// canonical address for search engines and archives, noindex, and a visible link for readers (and
/// for browsers that ignore the refresh).
/// </summary>
public static class RedirectPage
{
    /// <summary>The redirects of the site: every alias of a page this build writes, in source order.</summary>
    public static IReadOnlyList<Redirect> List(SiteContent content, IReadOnlyList<PageSpec> pages)
    {
        var config = content.Config;
        var byPath = pages.GroupBy(p => p.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var redirects = new List<Redirect>();
        void Add(IEnumerable<Alias> aliases, Func<Language, string> target)
        {
            foreach (var alias in aliases)
            {
                if (byPath.TryGetValue(target(LanguageOf(config, alias)), out var page)) redirects.Add(new Redirect(alias, page));
            }
        }

        // Old addresses of feeds and downloads are copies, not pages (AliasCopies).
        foreach (var zone in content.Zones) Add(zone.Aliases.Where(a => !AliasCopies.IsCopy(a)), l => PagePaths.Zone(l, zone));
        foreach (var edition in content.Editions) Add(edition.Aliases.Where(a => !AliasCopies.IsCopy(a)), l => PagePaths.Edition(l, edition));
        foreach (var article in content.Articles)
        {
            foreach (var text in article.Texts.Values) Add(text.Aliases, _ => PagePaths.Article(text, article.Edition));
        }

        return redirects;
    }

    /// <summary>The language whose folder an address starts in (/en/... is English); else the site's first language.</summary>
    public static Language LanguageOf(SiteConfig config, Alias alias) =>
        config.Languages.FirstOrDefault(l => alias.Address.StartsWith($"/{l.Prefix}/", StringComparison.Ordinal)) ?? config.DefaultLanguage;

    /// <param name="movedTo">The interface word that introduces the link, in the target's language ("This page has moved to").</param>
    public static string Html(SiteConfig config, Redirect redirect, string movedTo)
    {
        var target = redirect.Target;
        var link = Encode(Urls.Relative(redirect.Alias.OutputPath, target.Path));
        var title = Encode(target.Title);
        var html = new StringBuilder();
        html.Append("<!doctype html>\n");
        html.Append("<html lang=\"").Append(Encode(target.Language.Code)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(title).Append("</title>\n");
        html.Append("<meta name=\"robots\" content=\"noindex\">\n");
        html.Append("<link rel=\"canonical\" href=\"").Append(Encode(Urls.Absolute(config.BaseUrl, target.Path))).Append("\">\n");
        html.Append("<meta http-equiv=\"refresh\" content=\"0; url=").Append(link).Append("\">\n");
        html.Append("<meta name=\"generator\" content=\"").Append(Encode(Generator.NameAndVersion)).Append("\">\n");
        html.Append("</head>\n<body class=\"kind-redirect\">\n<main>\n");
        html.Append("<p>").Append(Encode(movedTo)).Append(" <a href=\"").Append(link).Append("\">").Append(title).Append("</a></p>\n");
        html.Append("</main>\n</body>\n</html>\n");
        return ChineseRunMarker.MarkPage(html.ToString(), config, target.Language);
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
