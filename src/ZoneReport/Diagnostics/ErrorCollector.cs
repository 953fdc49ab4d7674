namespace ZoneReport.Diagnostics;

/// <summary>
/// Gathers errors within a stage so an editor sees all of them at once, then stops the build
/// at the end of the stage. Thread-safe, because pages are checked in parallel.
/// </summary>
public sealed class ErrorCollector
{
    private readonly List<BuildError> _errors = new();
    private readonly object _gate = new();

    public void Add(BuildError error)
    {
        lock (_gate) _errors.Add(error);
    }

    public void Add(SourceLocation location, string message, string hint) =>
        Add(new BuildError(location, message, hint));

    /// <summary>Runs <paramref name="action"/>, recording a <see cref="BuildException"/> instead of throwing it.</summary>
    public T? Try<T>(Func<T> action) where T : class
    {
        try
        {
            return action();
        }
        catch (BuildException e)
        {
            foreach (var error in e.Errors) Add(error);
            return null;
        }
    }

    public void ThrowIfAny()
    {
        lock (_gate)
        {
            if (_errors.Count == 0) return;
            var sorted = _errors
                .Distinct()
                .OrderBy(e => e.Location.File, StringComparer.Ordinal)
                .ThenBy(e => e.Location.Line)
                .ThenBy(e => e.Location.Column)
                .ToList();
            throw new BuildException(sorted);
        }
    }
}
