using System.Collections.Immutable;

namespace ZoneReport.Model;

public enum MissingTranslationPolicy
{
    Error,
    Warn,
}

/// <summary>What a translation whose original changed after it was recorded means (site.yml 'stale_translation').</summary>
public enum StaleTranslationPolicy
{
    /// <summary>A warning from check and build (the default).</summary>
    Warn,
    /// <summary>An error: the build stops.</summary>
    Error,
    /// <summary>A warning, and a visible note on the translated page saying the original was revised.</summary>
    Note,
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
    StaleTranslationPolicy StaleTranslation = StaleTranslationPolicy.Warn,
    InputLimits? Limits = null)
{
    /// <summary>Where site.yml sets 'output:' (for errors about that folder); null when it does not.</summary>
    public Diagnostics.SourceLocation? OutputSetAt { get; init; }

    /// <summary>The 'limits:' of site.yml, or the defaults.</summary>
    public InputLimits Limits { get; init; } = Limits ?? InputLimits.Default;

    /// <summary>The first language is the default one (x-default, the root landing page's language).</summary>
    public Language DefaultLanguage => Languages[0];

    public Language? FindLanguage(string id) => Languages.FirstOrDefault(l => l.Id == id);
}
