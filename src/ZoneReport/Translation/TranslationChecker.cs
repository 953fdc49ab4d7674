using System.Collections.Immutable;
using System.Globalization;
using ZoneReport.Data;
using ZoneReport.Model;

namespace ZoneReport.Translation;

/// <summary>
/// Aligns each pair and lists its findings: mentions one side lacks, names, glossary terms, blocks
/// without a partner, merged, split and moved blocks, stale blocks. A finding a translator's or
/// omission note explains (the note quotes the number, term or text it is about) is marked explained.
/// </summary>
public sealed class TranslationChecker(Glossary glossary, StaleTranslationPolicy policy, Func<ArticleText, IEnumerable<ExplainingNote>> notesOf)
{
    private readonly Anchors _anchors = new(glossary);

    public ImmutableArray<PairReport> Check(IEnumerable<TranslationPair> pairs) => pairs.Select(Check).ToImmutableArray();

    public PairReport Check(TranslationPair pair)
    {
        var findings = new List<Finding>();
        var rows = ImmutableArray.CreateBuilder<ReviewRow>();
        var stale = pair.Changes.Where(c => c.Kind != ChangeKind.Removed).Select(c => c.Line).ToHashSet();
        var date = pair.Record?.Translated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (pair.Translation is null)
        {
            findings.Add(new Finding(FindingKind.Missing, $"there is no {LanguageName(pair.Language)} translation: {pair.TranslationFile} does not exist",
                null, null, []));
        }
        else
        {
            if (pair.Record is null)
            {
                findings.Add(new Finding(FindingKind.Unrecorded,
                    $"no translation state is recorded for {pair.TranslationFile}: run `zonereport translated {pair.Name}` once it is translated",
                    null, null, []));
            }

            var words = new Words(LanguageName(pair.Original.Language), LanguageName(pair.Language));
            foreach (var aligned in new Aligner(_anchors).Align(pair.OriginalBlocks, pair.TranslationBlocks))
            {
                var found = new List<Finding>();
                Structure(aligned, words, found);
                if (aligned.Original.Length > 0 && aligned.Translation.Length > 0) Compare(aligned, words, found);
                var isStale = false;
                foreach (var block in aligned.Original.Where(b => stale.Contains(b.Line)))
                {
                    isStale = true;
                    found.Add(new Finding(FindingKind.Stale,
                        $"the {words.Original} {block.KindName} at line {block.Line} changed after the translation was recorded on {date}: “{block.Excerpt}”",
                        block.Line, aligned.Translation.FirstOrDefault()?.Line, []));
                }

                var explained = found.Select(f => Explain(f, pair)).ToImmutableArray();
                rows.Add(new ReviewRow(aligned, explained, isStale));
                findings.AddRange(explained);
            }

            foreach (var removed in pair.Changes.Where(c => c.Kind == ChangeKind.Removed))
            {
                findings.Add(new Finding(FindingKind.Stale,
                    $"the {words.Original} {removed.Describe()} after the translation was recorded on {date}", null, null, []));
            }
        }

        return new PairReport(pair, rows.ToImmutable(), findings.Select(f => Explain(f, pair)).ToImmutableArray());
    }

    private sealed record Words(string Original, string Translation);

    private static void Structure(AlignedBlocks row, Words words, List<Finding> found)
    {
        var first = row.Original.FirstOrDefault();
        var other = row.Translation.FirstOrDefault();
        switch (row.Kind)
        {
            case PairingKind.OriginalOnly:
                found.Add(new Finding(FindingKind.Missing, first!.Kind == BlockKind.Placement
                        ? $"{first.Anchor} is placed in the {words.Original} only (line {first.Line})"
                        : $"the {words.Original} {first.KindName} at line {first.Line} has no {words.Translation} translation: “{first.Excerpt}”",
                    first.Line, null, [first.Text]));
                break;
            case PairingKind.TranslationOnly:
                found.Add(new Finding(FindingKind.Extra, other!.Kind == BlockKind.Placement
                        ? $"{other.Anchor} is placed in the {words.Translation} only (line {other.Line})"
                        : $"the {words.Translation} {other.KindName} at line {other.Line} has no {words.Original} original: “{other.Excerpt}”",
                    null, other.Line, [other.Text]));
                break;
            case PairingKind.Merged:
                found.Add(new Finding(FindingKind.Merged,
                    $"the {words.Original} {first!.KindName}s at lines {first.Line} and {row.Original[1].Line} are one {words.Translation} {other!.KindName} (line {other.Line})",
                    first.Line, other.Line, [first.Text, row.Original[1].Text, other.Text]));
                break;
            case PairingKind.Split:
                found.Add(new Finding(FindingKind.Split,
                    $"the {words.Original} {first!.KindName} at line {first.Line} is two {words.Translation} {other!.KindName}s (lines {other.Line} and {row.Translation[1].Line})",
                    first.Line, other.Line, [first.Text, other.Text, row.Translation[1].Text]));
                break;
            case PairingKind.Moved:
                found.Add(new Finding(FindingKind.Moved,
                    $"the {words.Original} {first!.KindName} at line {first.Line} is translated out of order, at line {other!.Line}: “{first.Excerpt}”",
                    first.Line, other.Line, [first.Text, other.Text]));
                break;
        }
    }

    private void Compare(AlignedBlocks row, Words words, List<Finding> found)
    {
        var left = row.Original.Select(b => (Block: b, Anchors: _anchors.OfOriginal(b))).ToList();
        var right = row.Translation.Select(b => (Block: b, Anchors: _anchors.OfTranslation(b))).ToList();
        var leftKeys = left.SelectMany(l => l.Anchors.Mentions).Select(Anchors.Key).ToHashSet();
        var rightKeys = right.SelectMany(r => r.Anchors.Mentions).Select(Anchors.Key).ToHashSet();
        var onlyLeft = left.SelectMany(l => l.Anchors.Mentions.Where(m => !m.Soft).Select(m => (l.Block, Mention: m)))
            .Where(x => !rightKeys.Contains(Anchors.Key(x.Mention))).DistinctBy(x => Anchors.Key(x.Mention)).ToList();
        var onlyRight = right.SelectMany(r => r.Anchors.Mentions.Where(m => !m.Soft).Select(m => (r.Block, Mention: m)))
            .Where(x => !leftKeys.Contains(Anchors.Key(x.Mention))).DistinctBy(x => Anchors.Key(x.Mention)).ToList();
        foreach (var kind in Enum.GetValues<MentionKind>())
        {
            var a = onlyLeft.Where(x => x.Mention.Kind == kind).ToList();
            var b = onlyRight.Where(x => x.Mention.Kind == kind).ToList();
            var findingKind = kind switch { MentionKind.Date => FindingKind.Date, MentionKind.Code => FindingKind.Code, _ => FindingKind.Number };
            var word = kind.ToString().ToLowerInvariant();
            if (a.Count == 1 && b.Count == 1)
            {
                found.Add(new Finding(findingKind,
                    $"the {word} {Show(a[0].Mention)} is {Show(b[0].Mention)} in the {words.Translation}",
                    a[0].Block.Line, b[0].Block.Line, [a[0].Mention.Written, b[0].Mention.Written]));
                continue;
            }

            foreach (var x in a)
            {
                found.Add(new Finding(findingKind, $"the {word} {Show(x.Mention)} is not in the {words.Translation}",
                    x.Block.Line, right[0].Block.Line, [x.Mention.Written]));
            }

            foreach (var x in b)
            {
                found.Add(new Finding(findingKind, $"the {words.Translation} has the {word} {Show(x.Mention)}, which the {words.Original} does not",
                    left[0].Block.Line, x.Block.Line, [x.Mention.Written]));
            }
        }

        var originalText = string.Concat(row.Original.Select(b => b.Text));
        var translationText = string.Join(" ", row.Translation.Select(b => b.Text));
        foreach (var (block, anchors) in right)
        {
            foreach (var name in anchors.ChineseNames.Where(n => !originalText.Contains(n, StringComparison.Ordinal)))
            {
                found.Add(new Finding(FindingKind.Name, $"the {words.Translation} names {name}, which the {words.Original} {left[0].Block.KindName} does not",
                    left[0].Block.Line, block.Line, [name]));
            }
        }

        foreach (var (block, anchors) in left)
        {
            foreach (var term in anchors.Terms.Where(t => !Anchors.Renders(translationText, t)))
            {
                var other = term.Avoid.FirstOrDefault(a => Anchors.Contains(translationText, a));
                found.Add(new Finding(FindingKind.Glossary, other is null
                        ? $"the glossary term {term.Zh} is not rendered {Quoted(term.En)} here"
                        : $"the glossary term {term.Zh} is rendered {Quoted(other)}; the glossary says {Quoted(term.En)}",
                    block.Line, right[0].Block.Line, other is null ? [term.Zh] : [term.Zh, other]));
            }
        }
    }

    private Finding Explain(Finding finding, TranslationPair pair)
    {
        if (finding.Explained) return finding;
        if (finding.Kind == FindingKind.Stale && policy == StaleTranslationPolicy.Note)
        {
            return finding with { ExplainedBy = new ExplainingNote("stale", "the translated page carries a note that the original was revised", null, pair.TranslationFile) };
        }

        if (finding.Kind is FindingKind.Stale or FindingKind.Unrecorded || pair.Translation is null) return finding;
        var notes = notesOf(pair.Translation).Concat(notesOf(pair.Original));
        var note = notes.FirstOrDefault(n => finding.Quotes.Any(q => NoteQuotes.Quotes(n, q, finding.Kind)));
        return note is null ? finding : finding with { ExplainedBy = note };
    }

    /// <summary>A rendering in quotation marks, unless it carries its own (the glossary's “Two Guarantees”).</summary>
    private static string Quoted(string rendering) =>
        rendering.StartsWith('“') || rendering.StartsWith('"') ? rendering : $"“{rendering}”";

    /// <summary>A mention as written, with its value when that reads differently (226亿元 (22,600,000,000)).</summary>
    private static string Show(Mention mention)
    {
        var value = mention.Kind == MentionKind.Number
            ? QuantityFormatter.Grouped(decimal.Parse(mention.Value, CultureInfo.InvariantCulture))
            : mention.Value;
        return mention.Written.TrimEnd('%', '％').Trim() == value ? mention.Written : $"{mention.Written} ({value})";
    }

    public static string LanguageName(Language language) =>
        language.Code.StartsWith("zh", StringComparison.Ordinal) ? "Chinese"
        : language.Code.StartsWith("en", StringComparison.Ordinal) ? "English"
        : language.Name;
}
