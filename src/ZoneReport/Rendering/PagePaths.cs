using ZoneReport.Model;

namespace ZoneReport.Rendering;

/// <summary>Where each page is written in the output folder. Slugs are checked, so paths stay inside it.</summary>
public static class PagePaths
{
    public const string Landing = "index.html";
    public const string RootNotFound = "404.html";

    public static string Home(Language language) => $"{language.Prefix}/index.html";
    public static string NotFound(Language language) => $"{language.Prefix}/404.html";
    public static string Search(Language language) => $"{language.Prefix}/search/index.html";
    public static string Year(Language language, int year) => $"{language.Prefix}/years/{year}/index.html";
    public static string Zone(Language language, Zone zone) => $"{language.Prefix}/{zone.Slug}/index.html";
    public static string Edition(Language language, Edition edition) => $"{language.Prefix}/{edition.Zone.Slug}/{edition.Slug}/index.html";

    public static string Article(ArticleText text, Edition edition) =>
        $"{text.Language.Prefix}/{edition.Zone.Slug}/{edition.Slug}/{text.Slug}/index.html";

    public static string Plan(Language language, Edition edition, Plan plan) =>
        $"{language.Prefix}/{edition.Zone.Slug}/{edition.Slug}/plans/{plan.Slug}/index.html";

    public static string Media(Edition edition, string file) => $"media/{edition.Zone.Slug}/{edition.Slug}/{file}";
}
