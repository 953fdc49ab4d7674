using System.Collections.Immutable;
using ZoneReport.Diagnostics;

namespace ZoneReport.Model;

/// <summary>What an editor's note records about the text.</summary>
public enum NoteKind
{
    /// <summary>The source text was changed; <see cref="EditorNote.Original"/> holds it as printed.</summary>
    Correction,

    /// <summary>Source text was left out: what, and why.</summary>
    Omission,

    /// <summary>Something the source does not print was worked out by an editor.</summary>
    Inference,

    /// <summary>A translator's note: a choice the translation makes that the reader should know.</summary>
    Translation,
}

/// <summary>
/// An editor's note, in one language, shown to readers in the page's "编者注 / Editor's notes".
/// </summary>
/// <param name="Original">For a correction: the text as printed.</param>
/// <param name="Date">When the note was made, if recorded.</param>
public sealed record EditorNote(NoteKind Kind, string Text, string? Original, DateOnly? Date)
{
    /// <summary>For a correction: the text as it now reads in the content. The correction check undoes it to find the printed text.</summary>
    public string? Corrected { get; init; }

    /// <summary>Where the note is written (file:line:column).</summary>
    public SourceLocation? Origin { get; init; }
}

/// <summary>A note of a data file (edition.yml, figures, photos, plans): its text in every language.</summary>
public sealed record LocalizedNote(NoteKind Kind, LocalizedText Text, string? Original, DateOnly? Date, string? Corrected, SourceLocation Origin)
{
    public EditorNote In(Language language) => new(Kind, Text[language], Original, Date) { Corrected = Corrected, Origin = Origin };
}

public static class Notes
{
    public static readonly ImmutableArray<EditorNote> None = ImmutableArray<EditorNote>.Empty;
    public static readonly ImmutableArray<LocalizedNote> NoneLocalized = ImmutableArray<LocalizedNote>.Empty;
}
