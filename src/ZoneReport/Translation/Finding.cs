using System.Collections.Immutable;

namespace ZoneReport.Translation;

public enum FindingKind
{
    /// <summary>A number one language has and the other lacks, after unit conversion.</summary>
    Number,
    Date,
    /// <summary>A plan code such as “11346”.</summary>
    Code,
    /// <summary>A Chinese name the translation gives that the original block does not hold.</summary>
    Name,
    /// <summary>A glossary term rendered another way, or not at all.</summary>
    Glossary,
    /// <summary>A block of the original (text or placement) with no translation, or no translation file at all.</summary>
    Missing,
    /// <summary>A block of the translation with no original.</summary>
    Extra,
    Merged,
    Split,
    Moved,
    /// <summary>A block of the original changed, added or removed after the translation was recorded.</summary>
    Stale,
    /// <summary>No translation state was recorded for the translation.</summary>
    Unrecorded,
}

/// <summary>An editor's note that can explain a finding (a translator's note or an omission note).</summary>
/// <param name="File">The article file the note is in, relative to the site folder.</param>
public sealed record ExplainingNote(string Kind, string Text, string? Original, string File);

/// <summary>One thing a reviewer should look at in a translation, with the lines on both sides.</summary>
/// <param name="Quotes">Text a note can quote to explain the finding: the number as written, the term, the block's text.</param>
public sealed record Finding(FindingKind Kind, string Message, int? OriginalLine, int? TranslationLine, ImmutableArray<string> Quotes)
{
    public ExplainingNote? ExplainedBy { get; init; }

    public bool Explained => ExplainedBy is not null;

    public string KindName => Kind.ToString().ToLowerInvariant();
}

/// <summary>A row of the side-by-side view with its findings.</summary>
public sealed record ReviewRow(AlignedBlocks Blocks, ImmutableArray<Finding> Findings, bool Stale);

/// <summary>Everything the review shows about one pair: its rows and all its findings.</summary>
public sealed record PairReport(TranslationPair Pair, ImmutableArray<ReviewRow> Rows, ImmutableArray<Finding> Findings)
{
    public int Unexplained => Findings.Count(f => !f.Explained);
}
