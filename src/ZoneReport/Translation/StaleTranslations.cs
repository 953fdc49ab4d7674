using System.Collections.Immutable;
using System.Globalization;
using ZoneReport.Diagnostics;
using ZoneReport.Model;

namespace ZoneReport.Translation;

/// <summary>What `check` and `build` say about translation states, under site.yml's 'stale_translation'.</summary>
/// <param name="Notices">For 'note': the visible note of each stale translation's page (its text, from the interface words).</param>
public sealed record TranslationStates(
    ImmutableArray<BuildError> Warnings,
    ImmutableArray<BuildError> Errors,
    ImmutableDictionary<ArticleText, string> Notices)
{
    public static readonly TranslationStates None = new([], [], ImmutableDictionary<ArticleText, string>.Empty);
}

public static class StaleTranslations
{
    /// <param name="phrase">The interface words of a language: translation_revised or translation_revised_since, with {date}.</param>
    /// <param name="revisedOn">The date the original says it was revised after the translation (from its notes), if it says so.</param>
    public static TranslationStates Report(
        IEnumerable<TranslationPair> pairs, StaleTranslationPolicy policy, Func<Language, string, string?> phrase,
        Func<TranslationPair, DateOnly?> revisedOn)
    {
        var warnings = ImmutableArray.CreateBuilder<BuildError>();
        var errors = ImmutableArray.CreateBuilder<BuildError>();
        var notices = ImmutableDictionary.CreateBuilder<ArticleText, string>(ReferenceEqualityComparer.Instance);
        foreach (var pair in pairs)
        {
            // A translation never recorded is reported by `check --translations` and the review, not by every build:
            // `new article` records new ones, and a site adopting ZoneReport records its translations once.
            var where = SourceLocation.FileOnly(pair.TranslationFile);
            if (pair.State != TranslationState.Stale) continue;
            var date = Iso(pair.Record!.Translated);
            var problem = new BuildError(where,
                $"the translation is stale: its original {pair.Original.SourceFile} changed after it was translated on {date}: " +
                string.Join("; ", pair.Changes.Select(c => c.Describe())),
                $"update {Path.GetFileName(pair.TranslationFile)} to match, then run `zonereport translated {pair.Name}` " +
                "(site.yml 'stale_translation' makes this a warning, an error, or a note on the page)");
            if (policy == StaleTranslationPolicy.Error) errors.Add(problem);
            else warnings.Add(problem);
            if (policy == StaleTranslationPolicy.Note) notices[pair.Translation!] = Notice(pair, phrase, revisedOn(pair));
        }

        return new TranslationStates(warnings.ToImmutable(), errors.ToImmutable(), notices.ToImmutable());
    }

    private static string Notice(TranslationPair pair, Func<Language, string, string?> phrase, DateOnly? revised)
    {
        var key = revised is null ? "translation_revised_since" : "translation_revised";
        var text = phrase(pair.Language, key)
            ?? throw new BuildException(SourceLocation.FileOnly($"templates/i18n/{pair.Language.Id}.yml"),
                $"the interface word '{key}' is missing", "add it with {date} where the date goes, as templates/i18n/en.yml has it");
        return text.Replace("{date}", Iso(revised ?? pair.Record!.Translated), StringComparison.Ordinal);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
