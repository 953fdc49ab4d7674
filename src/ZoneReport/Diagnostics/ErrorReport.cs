namespace ZoneReport.Diagnostics;

/// <summary>The text a person reads for a failed build: the errors, at most <see cref="Shown"/> of them.</summary>
public static class ErrorReport
{
    /// <summary>Enough to fix in one sitting; the rest usually go away with the first ones.</summary>
    public const int Shown = 30;

    public static IEnumerable<string> Lines(IReadOnlyList<BuildError> errors, int shown = Shown)
    {
        foreach (var error in errors.Take(shown)) yield return error.Format();
        if (errors.Count > shown)
        {
            var rest = errors.Skip(shown).ToList();
            var files = rest.Select(e => e.Location.File).Distinct().Count();
            yield return $"... and {rest.Count} more error(s) in {files} file(s), not shown: fix the ones above and build again";
        }
    }

    /// <summary>The closing line: how many problems there are in all (repeats counted once).</summary>
    public static string Summary(IReadOnlyList<BuildError> errors) =>
        $"Build failed with {errors.Count} error(s); the previous site was left as it was.";
}
