using System.Collections.Immutable;

namespace ZoneReport.Diagnostics;

/// <summary>
/// The one place every stage (loader, data checks, Markdown checks, images, template render) reports
/// its errors, so an editor sees every independent problem of a run at once. Thread-safe, because
/// files and pages are checked in parallel.
/// </summary>
/// <remarks>
/// Stages go on after an error with what they could read, and ask <see cref="HasErrorsIn(string)"/>
/// before reporting something that is only a consequence of an earlier error (no "translation
/// missing" for a translation whose front matter is broken).
/// </remarks>
public sealed class ErrorCollector
{
    private readonly List<BuildError> _errors = new();
    private readonly HashSet<string> _files = new(StringComparer.Ordinal);
    private readonly HashSet<string> _failed = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    public void Add(BuildError error)
    {
        lock (_gate)
        {
            _errors.Add(error);
            _files.Add(error.Location.File);
        }
    }

    public void Add(SourceLocation location, string message, string hint) =>
        Add(new BuildError(location, message, hint));

    public void AddRange(IEnumerable<BuildError> errors)
    {
        foreach (var error in errors) Add(error);
    }

    public bool HasErrors
    {
        get
        {
            lock (_gate) return _errors.Count > 0;
        }
    }

    /// <summary>Whether an error was reported in this file (a path as shown in messages).</summary>
    public bool HasErrorsIn(string file)
    {
        lock (_gate) return _files.Contains(file);
    }

    /// <summary>Whether an error was reported in any file that <paramref name="matches"/>.</summary>
    public bool HasErrorsIn(Func<string, bool> matches)
    {
        lock (_gate) return _files.Any(matches);
    }

    /// <summary>
    /// Notes that something named (a data entry, "figure content/z/2022/gdp") could not be loaded
    /// because of an error already reported, so later checks need not report its absence.
    /// </summary>
    public void MarkFailed(string name)
    {
        lock (_gate) _failed.Add(name);
    }

    public bool HasFailed(string name)
    {
        lock (_gate) return _failed.Contains(name);
    }

    /// <summary>Runs <paramref name="action"/>, recording a <see cref="BuildException"/> instead of throwing it.</summary>
    public T? Try<T>(Func<T> action) where T : class
    {
        try
        {
            return action();
        }
        catch (BuildException e)
        {
            AddRange(e.Errors);
            return null;
        }
    }

    /// <summary>
    /// Runs <paramref name="action"/>, recording a <see cref="BuildException"/> and giving
    /// <paramref name="fallback"/> instead: a reader goes on to the next key of a file after a bad one.
    /// </summary>
    public T Try<T>(Func<T> action, T fallback)
    {
        try
        {
            return action();
        }
        catch (BuildException e)
        {
            AddRange(e.Errors);
            return fallback;
        }
    }

    /// <summary>Runs <paramref name="action"/>, recording a <see cref="BuildException"/>; false if it threw one.</summary>
    public bool Try(Action action)
    {
        try
        {
            action();
            return true;
        }
        catch (BuildException e)
        {
            AddRange(e.Errors);
            return false;
        }
    }

    /// <summary>
    /// Every error so far, sorted by file, line and column. An error repeated in one file (the same
    /// message and hint: one template mistake met on every page, one id placed many times) is one
    /// entry with its count and its other places.
    /// </summary>
    public ImmutableArray<BuildError> Errors
    {
        get
        {
            List<BuildError> all;
            lock (_gate) all = _errors.ToList();
            return all
                .GroupBy(e => (e.Location.File, e.Message, e.Hint))
                .Select(Fold)
                .OrderBy(e => e.Location.File, StringComparer.Ordinal)
                .ThenBy(e => e.Location.Line)
                .ThenBy(e => e.Location.Column)
                .ThenBy(e => e.Message, StringComparer.Ordinal)
                .ToImmutableArray();
        }
    }

    public void ThrowIfAny()
    {
        var errors = Errors;
        if (errors.Length > 0) throw new BuildException(errors);
    }

    private static BuildError Fold(IEnumerable<BuildError> repeats)
    {
        var ordered = repeats
            .OrderBy(e => e.Location.Line).ThenBy(e => e.Location.Column)
            .ThenBy(e => e.Context, StringComparer.Ordinal)
            .ToList();
        var first = ordered[0];
        if (ordered.Count == 1) return first;
        var places = ordered.Select(e => e.Location).Distinct().Skip(1).ToImmutableArray();
        return first with { Count = ordered.Sum(e => e.Count), AlsoAt = places };
    }
}
