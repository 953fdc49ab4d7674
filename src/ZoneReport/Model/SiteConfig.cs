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
    ImageSettings Images,
    InputLimits? Limits = null)
{
    /// <summary>The 'limits:' of site.yml, or the defaults.</summary>
    public InputLimits Limits { get; init; } = Limits ?? InputLimits.Default;

    /// <summary>The first language is the default one (x-default, the root landing page's language).</summary>
    public Language DefaultLanguage => Languages[0];

    public Language? FindLanguage(string id) => Languages.FirstOrDefault(l => l.Id == id);
}
