using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ZoneReport.Model;

namespace ZoneReport.Translation;

/// <summary>What a block holds that survives translation: its mentions, the glossary terms it uses, and (in
/// the translation) the Chinese names it gives in brackets, e.g. Yihai Kerry (益海嘉里).</summary>
public sealed record BlockAnchors(
    ImmutableArray<Mention> Mentions,
    ImmutableHashSet<string> Strong,
    ImmutableHashSet<string> Soft,
    ImmutableArray<GlossaryTerm> Terms,
    ImmutableArray<string> ChineseNames);

/// <summary>
/// Finds and caches each block's anchors: Chinese rules for the original, English for the
/// translation, the glossary for both; and says how much two groups of blocks share.
/// </summary>
public sealed partial class Anchors(Glossary glossary)
{
    private readonly ConcurrentDictionary<TextBlock, BlockAnchors> _original = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<TextBlock, BlockAnchors> _translation = new(ReferenceEqualityComparer.Instance);

    public BlockAnchors OfOriginal(TextBlock block) => _original.GetOrAdd(block, b => Make(Translation.Mentions.InChinese(b.Text),
        glossary.Terms.Where(t => b.Text.Contains(t.Zh, StringComparison.Ordinal)), []));

    public BlockAnchors OfTranslation(TextBlock block) => _translation.GetOrAdd(block, b => Make(Translation.Mentions.InEnglish(b.Text),
        glossary.Terms.Where(t => Renders(b.Text, t)),
        ChineseRun().Matches(b.Text).Select(m => m.Value).Distinct().ToArray()));

    public bool OriginalHasAnchors(IEnumerable<TextBlock> blocks) => blocks.Any(b => Count(OfOriginal(b)) > 0);

    public bool TranslationHasAnchors(IEnumerable<TextBlock> blocks) => blocks.Any(b => Count(OfTranslation(b)) > 0);

    /// <summary>The Dice coefficient of the two groups' anchors (0 to 1), and how many they share.</summary>
    public (double Similarity, int Shared) Similarity(IReadOnlyList<TextBlock> original, IReadOnlyList<TextBlock> translation)
    {
        var left = original.Select(OfOriginal).ToList();
        var right = translation.Select(OfTranslation).ToList();
        var strongLeft = left.SelectMany(a => a.Strong).ToHashSet();
        var strongRight = right.SelectMany(a => a.Strong).ToHashSet();
        var softRight = right.SelectMany(a => a.Soft).ToHashSet();
        var termsLeft = left.SelectMany(a => a.Terms).Select(t => t.Zh).ToHashSet();
        var termsRight = right.SelectMany(a => a.Terms).Select(t => t.Zh).ToHashSet();
        var names = right.SelectMany(a => a.ChineseNames).Distinct().ToList();
        var originalText = string.Concat(original.Select(b => b.Text));

        var shared = strongLeft.Count(v => strongRight.Contains(v) || softRight.Contains(v))
            + termsLeft.Count(termsRight.Contains)
            + names.Count(n => originalText.Contains(n, StringComparison.Ordinal));
        var onlyLeft = strongLeft.Count(v => !strongRight.Contains(v) && !softRight.Contains(v)) + termsLeft.Count(t => !termsRight.Contains(t));
        var onlyRight = strongRight.Count(v => !strongLeft.Contains(v)) + termsRight.Count(t => !termsLeft.Contains(t))
            + names.Count(n => !originalText.Contains(n, StringComparison.Ordinal));
        if (shared + onlyLeft + onlyRight == 0) return (0, 0);
        return (2.0 * shared / (2 * shared + onlyLeft + onlyRight), shared);
    }

    /// <summary>Whether English text renders a term the glossary's way (its rendering or an accepted alternative).</summary>
    public static bool Renders(string text, GlossaryTerm term) => term.Accepted.Any(r => Contains(text, r));

    /// <summary>Whether English text holds a rendering, ignoring case and the kind of quotation marks.</summary>
    public static bool Contains(string text, string rendering) =>
        Plain(text).Contains(Plain(rendering), StringComparison.OrdinalIgnoreCase);

    private static string Plain(string text) => text.Replace('“', '"').Replace('”', '"').Replace('‘', '\'').Replace('’', '\'');

    private static int Count(BlockAnchors anchors) => anchors.Strong.Count + anchors.Terms.Length + anchors.ChineseNames.Length;

    private static BlockAnchors Make(ImmutableArray<Mention> mentions, IEnumerable<GlossaryTerm> terms, string[] names) => new(
        mentions,
        mentions.Where(m => !m.Soft).Select(Key).ToImmutableHashSet(),
        mentions.Where(m => m.Soft).Select(Key).ToImmutableHashSet(),
        terms.ToImmutableArray(),
        names.ToImmutableArray());

    public static string Key(Mention mention) => $"{mention.Kind}:{mention.Value}";

    [GeneratedRegex(@"[\u3400-\u4dbf\u4e00-\u9fff]{2,}")]
    private static partial Regex ChineseRun();
}
