using System.Collections.Immutable;
using Markdig.Syntax;
using ZoneReport.Model;

namespace ZoneReport.Translation;

public enum TranslationState
{
    UpToDate,
    Stale,
    /// <summary>The translation exists, but no state was ever recorded for it.</summary>
    Unrecorded,
    /// <summary>There is no translation file.</summary>
    Untranslated,
}

/// <summary>An original article (in the site's first language) and one of its translations.</summary>
/// <param name="TranslationFile">The translation's path relative to the site folder, whether or not it exists.</param>
/// <param name="LockFile">The edition's lock file, relative to the site folder.</param>
public sealed record TranslationPair(
    Article Article,
    ArticleText Original,
    Language Language,
    ArticleText? Translation,
    string TranslationFile,
    ImmutableArray<TextBlock> OriginalBlocks,
    ImmutableArray<TextBlock> TranslationBlocks,
    TranslationRecord? Record,
    ImmutableArray<BlockChange> Changes,
    string LockFile)
{
    public TranslationState State =>
        Translation is null ? TranslationState.Untranslated
        : Record is null ? TranslationState.Unrecorded
        : Changes.IsEmpty ? TranslationState.UpToDate
        : TranslationState.Stale;

    /// <summary>zone/edition/article, as the `translated` command takes it.</summary>
    public string Name => $"{Article.Edition.Key}/{Article.Key}";
}

/// <summary>Pairs every original article with its translations and compares each with its recorded state.</summary>
public static class TranslationPairs
{
    /// <param name="parse">The parsed body of an article text.</param>
    /// <param name="recordedOnly">Only the translations with a recorded state, and without their own blocks: what the build
    /// needs to find stale ones, at the cost of parsing only their originals.</param>
    public static ImmutableArray<TranslationPair> Load(SiteContent content, Func<ArticleText, MarkdownDocument> parse, string siteFolder,
        bool recordedOnly = false)
    {
        var config = content.Config;
        var original = config.DefaultLanguage;
        var pairs = ImmutableArray.CreateBuilder<TranslationPair>();
        foreach (var edition in content.Articles.GroupBy(a => a.Edition.Key, StringComparer.Ordinal))
        {
            var folder = Path.GetDirectoryName(edition.First().Edition.SourceFile)!.Replace('\\', '/');
            var lockFile = $"{folder}/{TranslationLock.FileName}";
            var locks = TranslationLock.Read(Path.Combine(siteFolder, lockFile), lockFile);
            if (recordedOnly && locks.Records.IsEmpty) continue;
            foreach (var article in edition)
            {
                if (article.In(original) is not { } source) continue;
                var sourceBlocks = new Lazy<ImmutableArray<TextBlock>>(() => BlockSegmenter.Split(parse(source), source.BodyFirstLine));
                foreach (var language in config.Languages.Skip(1))
                {
                    var translation = article.In(language);
                    var file = translation?.SourceFile ?? $"{folder}/{article.Key}.{language.Id}.md";
                    var record = locks.For(Path.GetFileName(file));
                    if (recordedOnly && (record is null || translation is null)) continue;
                    var changes = record is null ? ImmutableArray<BlockChange>.Empty : StaleCheck.Compare(record.Blocks, sourceBlocks.Value);
                    var blocks = translation is null || recordedOnly
                        ? ImmutableArray<TextBlock>.Empty
                        : BlockSegmenter.Split(parse(translation), translation.BodyFirstLine);
                    pairs.Add(new TranslationPair(article, source, language, translation, file, sourceBlocks.Value, blocks, record, changes, lockFile));
                }
            }
        }

        return pairs.ToImmutable();
    }

    /// <summary>The state to record for an original's blocks now.</summary>
    public static TranslationRecord RecordOf(string translationFileName, string sourceFileName, DateOnly date, IEnumerable<TextBlock> blocks) =>
        new(translationFileName, sourceFileName, date,
            blocks.Select(b => new LockedBlock(b.Kind, b.Line, b.Fingerprint, b.Excerpt)).ToImmutableArray());
}
