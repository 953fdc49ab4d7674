using System.Collections.Immutable;
using ZoneReport.Configuration;
using ZoneReport.Content;
using ZoneReport.Markdown;
using ZoneReport.Model;

namespace ZoneReport.Translation;

/// <summary>The whole translation review of a site: every pair, aligned, with its findings.</summary>
public sealed record TranslationReviewResult(SiteConfig Config, ImmutableArray<PairReport> Pairs)
{
    public int Findings => Pairs.Sum(p => p.Findings.Length);

    public int Unexplained => Pairs.Sum(p => p.Unexplained);

    /// <summary>Whether `check --translations` fails: unexplained findings under 'stale_translation: error'.</summary>
    public bool Fails => Unexplained > 0 && Config.StaleTranslation == StaleTranslationPolicy.Error;

    public int Count(TranslationState state) => Pairs.Count(p => p.Pair.State == state);
}

/// <summary>The entry point of `check --translations` and of the review pages: loads the content and checks every pair.</summary>
public static class TranslationReview
{
    public static TranslationReviewResult Run(string siteFolder, bool includeDrafts = true)
    {
        siteFolder = Path.GetFullPath(siteFolder);
        var config = SiteConfigLoader.Load(siteFolder);
        var loaded = new ContentLoader(config, siteFolder, PublishingRules.Regardless(includeDrafts)).Load();
        var content = new SiteContent(config, loaded.Zones, loaded.Editions, loaded.Articles, ImmutableDictionary<string, EditionData>.Empty);
        var markdown = new MarkdownRenderer();
        return Run(content, text => markdown.Parse(text.Body), siteFolder);
    }

    /// <param name="parse">An article text's parsed body (the build passes the bodies it parsed already).</param>
    public static TranslationReviewResult Run(SiteContent content, Func<ArticleText, Markdig.Syntax.MarkdownDocument> parse, string siteFolder)
    {
        var pairs = TranslationPairs.Load(content, parse, siteFolder);
        var checker = new TranslationChecker(Glossary.Load(siteFolder), content.Config.StaleTranslation, NotesOf);
        return new TranslationReviewResult(content.Config, checker.Check(pairs));
    }

    /// <summary>The day the original says it was revised after the translation was recorded: its latest dated note after it.</summary>
    public static DateOnly? RevisedOn(TranslationPair pair) =>
        pair.Original.Notes.Select(n => n.Date).Where(d => d > pair.Record?.Translated).Max();

    /// <summary>The notes of an article that can explain a translation finding.</summary>
    public static IEnumerable<ExplainingNote> NotesOf(ArticleText text) =>
        text.Notes.Where(n => n.Kind is NoteKind.Translation or NoteKind.Omission)
            .Select(n => new ExplainingNote(n.Kind.ToString().ToLowerInvariant(), n.Text, n.Original, n.Origin?.File ?? text.SourceFile));
}
