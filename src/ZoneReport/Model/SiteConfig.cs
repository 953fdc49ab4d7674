using System.Collections.Immutable;

namespace ZoneReport.Model;

public enum MissingTranslationPolicy
{
    Error,
    Warn,
}

/// <summary>The settings of site.yml.</summary>
public sealed record SiteConfig(
    LocalizedText Title,
    LocalizedText Description,
    Uri BaseUrl,
    ImmutableArray<Language> Languages,
    string OutputFolder,
    MissingTranslationPolicy MissingTranslation,
    ImageSettings Images)
{
    /// <summary>The first language is the default one (x-default, the root landing page's language).</summary>
    public Language DefaultLanguage => Languages[0];

    public Language? FindLanguage(string id) => Languages.FirstOrDefault(l => l.Id == id);
}
