using ZoneReport.Model;

namespace ZoneReport.Formats;

/// <summary>The Open Graph words that are not simply the page's title, description and address.</summary>
public static class OpenGraph
{
    /// <summary>og:type: article pages are articles, everything else a website page.</summary>
    public static string Type(string pageKind) => pageKind == "article" ? "article" : "website";

    /// <summary>
    /// og:locale wants language_TERRITORY: zh-Hans (simplified script) reads as zh_CN, zh-Hant as zh_TW,
    /// a bare language tag takes its usual territory where there is one (en_US), else stays as it is.
    /// </summary>
    public static string Locale(Language language)
    {
        var parts = language.Code.Split('-');
        var primary = parts[0].ToLowerInvariant();
        var region = parts.Skip(1).FirstOrDefault(p => p.Length == 2)?.ToUpperInvariant();
        if (region is not null) return $"{primary}_{region}";
        var script = parts.Skip(1).FirstOrDefault(p => p.Length == 4);
        return (primary, script?.ToLowerInvariant()) switch
        {
            ("zh", "hant") => "zh_TW",
            ("zh", _) => "zh_CN",
            ("en", _) => "en_US",
            _ => primary,
        };
    }
}
