using System.Collections.Immutable;

namespace ZoneReport.Diagnostics;

/// <summary>A place in a source file. Lines and columns count from 1, as editors show them.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation FileOnly(string file) => new(file, 1, 1);

    /// <summary>A file or folder as a whole, with no line in it (an output folder, a file that vanished).</summary>
    public static SourceLocation PathOnly(string path) => new(path, 0, 0);

    public override string ToString() => Line == 0 ? File : Column == 0 ? $"{File}:{Line}" : $"{File}:{Line}:{Column}";
}

/// <summary>One problem in the input: where it is, what is wrong, and how to fix it.</summary>
/// <remarks>
/// <see cref="Context"/> says what the build was doing (e.g. "while rendering en/index.html") and is
/// not part of the problem itself: the same mistake met on many pages is one error.
/// <see cref="Count"/> and <see cref="AlsoAt"/> are filled in by <see cref="ErrorCollector"/> when it
/// folds repeats of one error into one.
/// </remarks>
public sealed record BuildError(SourceLocation Location, string Message, string Hint)
{
    public string? Context { get; init; }

    /// <summary>How many times this error was found (1 unless repeats were folded into it).</summary>
    public int Count { get; init; } = 1;

    /// <summary>Other places in the same file with the same error, in file order.</summary>
    public ImmutableArray<SourceLocation> AlsoAt { get; init; } = ImmutableArray<SourceLocation>.Empty;

    public const int PlacesShown = 5;

    public string Format()
    {
        var text = $"{Location}: error: {Message}{Repeats()}";
        return string.IsNullOrEmpty(Hint) ? text : $"{text}\n  hint: {Hint}";
    }

    private string Repeats()
    {
        if (Count <= 1) return Context is null ? "" : $" ({Context})";
        var also = AlsoAt.IsDefaultOrEmpty ? "" :
            "; also at line " + string.Join(", ", AlsoAt.Take(PlacesShown).Select(l => l.Line)) +
            (AlsoAt.Length > PlacesShown ? $" and {AlsoAt.Length - PlacesShown} more" : "");
        var first = Context is null ? "" : $", first {Context}";
        return $" ({Count} times{first}{also})";
    }

    public override string ToString() => Format();
}

/// <summary>Stops the build. Carries every error found.</summary>
public sealed class BuildException : Exception
{
    public BuildException(IReadOnlyList<BuildError> errors)
        : base(string.Join("\n", errors.Select(e => e.Format())))
    {
        Errors = errors;
    }

    public BuildException(BuildError error) : this(new[] { error }) { }

    public BuildException(SourceLocation location, string message, string hint)
        : this(new BuildError(location, message, hint)) { }

    public IReadOnlyList<BuildError> Errors { get; }
}
