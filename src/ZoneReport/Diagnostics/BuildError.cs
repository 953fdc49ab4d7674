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
public sealed record BuildError(SourceLocation Location, string Message, string Hint)
{
    public string Format() =>
        string.IsNullOrEmpty(Hint)
            ? $"{Location}: error: {Message}"
            : $"{Location}: error: {Message}\n  hint: {Hint}";

    public override string ToString() => Format();
}

/// <summary>Stops the build. Carries every error found in the stage that failed.</summary>
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
