using System.Security;
using System.Text;
using ZoneReport.Formats;
using ZoneReport.Model;

namespace ZoneReport.Rendering;

/// <summary>
/// sitemap.xml and robots.txt, so search engines find every page and know each page's counterpart
/// in the other language. 404 pages and pages readers may not see yet (<see cref="PageSpec.Indexable"/>)
/// are left out; a fallback switch (no translation) is not an alternate.
/// lastmod is the page's newest content date (see Formats.ContentDates), never the build time.
/// </summary>
public static class Sitemap
{
    public const string SitemapPath = "sitemap.xml";
    public const string RobotsPath = "robots.txt";

    /// <summary>The files this class writes: sitemap.xml and robots.txt.</summary>
    public const int FileCount = 2;

    public static string Xml(SiteConfig config, IEnumerable<PageSpec> pages)
    {
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.Append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        foreach (var page in pages.Where(p => p.Kind != "404" && p.Indexable).OrderBy(p => p.Path, StringComparer.Ordinal))
        {
            xml.Append("<url><loc>").Append(Escape(Urls.Absolute(config.BaseUrl, page.Path))).Append("</loc>");
            if (page.Updated is { } updated) xml.Append("<lastmod>").Append(ContentDates.Iso(updated)).Append("</lastmod>");
            if (page.Kind != "landing" && !page.SwitchIsFallback)
            {
                foreach (var language in config.Languages)
                {
                    xml.Append("<xhtml:link rel=\"alternate\" hreflang=\"").Append(language.Code).Append("\" href=\"")
                        .Append(Escape(Urls.Absolute(config.BaseUrl, page.Alternates[language.Id]))).Append("\"/>");
                }
            }

            xml.Append("</url>\n");
        }

        xml.Append("</urlset>\n");
        return xml.ToString();
    }

    public static string Robots(SiteConfig config) =>
        $"User-agent: *\nAllow: /\nSitemap: {Urls.Absolute(config.BaseUrl, SitemapPath)}\n";

    private static string Escape(string text) => SecurityElement.Escape(text);
}
