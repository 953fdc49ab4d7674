using System.Collections.Immutable;

namespace ZoneReport.Translation;

public enum PairingKind
{
    /// <summary>One block of the original and its translation.</summary>
    Matched,
    /// <summary>Two blocks of the original translated as one.</summary>
    Merged,
    /// <summary>One block of the original translated as two.</summary>
    Split,
    /// <summary>A block translated at another place than the original's order.</summary>
    Moved,
    /// <summary>A block of the original with no translation.</summary>
    OriginalOnly,
    /// <summary>A block of the translation with no original.</summary>
    TranslationOnly,
}

/// <summary>One row of the side-by-side view: blocks of the original and the blocks that translate them.</summary>
public sealed record AlignedBlocks(PairingKind Kind, ImmutableArray<TextBlock> Original, ImmutableArray<TextBlock> Translation);

/// <summary>
/// Aligns an original's blocks with its translation's by content, not only by position. A dynamic
/// programme over both sequences scores each possible pairing: placements pair only with the same
/// photo, figure or plan; headings with headings of their level; paragraphs score by the anchors
/// they share (numbers after unit conversion, dates, codes, names, glossary terms) and by length.
/// Leaving a block unpaired costs nothing, so a dropped paragraph leaves one gap instead of shifting
/// every later pairing, and two blocks may pair with one (merged or split). Unpaired blocks that
/// share strong anchors are paired afterwards as moved.
/// </summary>
public sealed class Aligner(Anchors anchors)
{
    private const double MergePenalty = 1.0;

    public ImmutableArray<AlignedBlocks> Align(IReadOnlyList<TextBlock> original, IReadOnlyList<TextBlock> translation)
    {
        var ratio = LengthRatio(original, translation);
        var n = original.Count;
        var m = translation.Count;
        var best = new double[n + 1, m + 1];
        var move = new (int Di, int Dj)[n + 1, m + 1];
        for (var i = n; i >= 0; i--)
        {
            for (var j = m; j >= 0; j--)
            {
                if (i == n && j == m) continue;
                var score = double.NegativeInfinity;
                (int, int) step = default;
                void Try(int di, int dj, double gain)
                {
                    if (i + di > n || j + dj > m || double.IsNegativeInfinity(gain)) return;
                    var total = gain + best[i + di, j + dj];
                    if (total > score) (score, step) = (total, (di, dj));
                }

                if (i < n && j < m) Try(1, 1, Score([original[i]], [translation[j]], ratio));
                if (i + 1 < n && j < m) Try(2, 1, Score([original[i], original[i + 1]], [translation[j]], ratio) - MergePenalty);
                if (i < n && j + 1 < m) Try(1, 2, Score([original[i]], [translation[j], translation[j + 1]], ratio) - MergePenalty);
                if (i < n) Try(1, 0, 0);
                if (j < m) Try(0, 1, 0);
                best[i, j] = score;
                move[i, j] = step;
            }
        }

        var rows = new List<AlignedBlocks>();
        for (int i = 0, j = 0; i < n || j < m;)
        {
            var (di, dj) = move[i, j];
            var kind = (di, dj) switch
            {
                (1, 1) => PairingKind.Matched,
                (2, 1) => PairingKind.Merged,
                (1, 2) => PairingKind.Split,
                (1, 0) => PairingKind.OriginalOnly,
                _ => PairingKind.TranslationOnly,
            };
            rows.Add(new AlignedBlocks(kind, Slice(original, i, di), Slice(translation, j, dj)));
            i += di;
            j += dj;
        }

        return PairMoved(rows).ToImmutableArray();
    }

    /// <summary>Pairs an unpaired original block with an unpaired translation block when they share most of their anchors.</summary>
    private List<AlignedBlocks> PairMoved(List<AlignedBlocks> rows)
    {
        var candidates = new List<(double Similarity, AlignedBlocks Original, AlignedBlocks Translation)>();
        foreach (var left in rows.Where(r => r.Kind == PairingKind.OriginalOnly && IsText(r.Original[0])))
        {
            foreach (var right in rows.Where(r => r.Kind == PairingKind.TranslationOnly && IsText(r.Translation[0])))
            {
                var (similarity, shared) = anchors.Similarity(left.Original, right.Translation);
                if (similarity >= 0.5 && shared >= 2) candidates.Add((similarity, left, right));
            }
        }

        foreach (var (_, left, right) in candidates.OrderByDescending(c => c.Similarity))
        {
            var at = rows.IndexOf(left);
            if (at < 0 || !rows.Contains(right)) continue;
            rows[at] = new AlignedBlocks(PairingKind.Moved, left.Original, right.Translation);
            rows.Remove(right);
        }

        return rows;
    }

    private double Score(TextBlock[] original, TextBlock[] translation, double ratio)
    {
        var kinds = original.Concat(translation).Select(b => b.Kind).Distinct().ToList();
        if (kinds.Contains(BlockKind.Placement) || kinds.Contains(BlockKind.Heading))
        {
            if (original.Length > 1 || translation.Length > 1 || original[0].Kind != translation[0].Kind) return double.NegativeInfinity;
            if (original[0].Anchor != translation[0].Anchor) return double.NegativeInfinity;
            if (original[0].Kind == BlockKind.Placement) return 50;
        }
        else if (kinds.Contains(BlockKind.TableRow) && kinds.Count > 1)
        {
            return double.NegativeInfinity;
        }

        var (similarity, _) = anchors.Similarity(original, translation);
        var left = anchors.OriginalHasAnchors(original);
        var right = anchors.TranslationHasAnchors(translation);
        var both = left && right;
        var neutral = !left && !right;
        var score = 1 + 6 * (neutral ? 0.3 : similarity) + LengthScore(original, translation, ratio);
        if (both && similarity == 0) score -= 1.5;
        if (kinds.Count > 1) score -= 0.5; // a list item translated as a paragraph, or the reverse
        if (original[0].Kind == BlockKind.Heading) score += 2;
        return score;
    }

    private static double LengthScore(TextBlock[] original, TextBlock[] translation, double ratio)
    {
        var a = original.Sum(b => Length(b.Text));
        var b = translation.Sum(b => Length(b.Text));
        if (a == 0 || b == 0) return 0;
        return Math.Max(0, 1 - Math.Abs(Math.Log(b / (a * ratio))));
    }

    /// <summary>How much longer the translation is than the original, over the whole article (about 3 for English from Chinese).</summary>
    private static double LengthRatio(IEnumerable<TextBlock> original, IEnumerable<TextBlock> translation)
    {
        var a = original.Where(IsText).Sum(b => Length(b.Text));
        var b = translation.Where(IsText).Sum(b => Length(b.Text));
        return a == 0 || b == 0 ? 3 : b / a;
    }

    private static double Length(string text) => text.Count(c => !char.IsWhiteSpace(c));

    private static bool IsText(TextBlock block) => block.Kind is BlockKind.Paragraph or BlockKind.ListItem or BlockKind.TableRow;

    private static ImmutableArray<TextBlock> Slice(IReadOnlyList<TextBlock> blocks, int from, int count) =>
        Enumerable.Range(from, count).Select(k => blocks[k]).ToImmutableArray();
}
