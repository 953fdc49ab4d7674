using System.Collections.Immutable;

namespace ZoneReport.Archive.Verify;

/// <summary>One thing wrong with a verified archive, named by the file it concerns.</summary>
public sealed record VerificationProblem(string File, string Message)
{
    public override string ToString() => $"{File}: {Message}";
}

/// <summary>
/// What <see cref="Verifier"/> found in one bag, WARC file, EPUB or built site: what it checked
/// (a sentence for the reader), how many files and bytes, and every problem.
/// </summary>
public sealed record VerificationReport(
    string Path,
    string Kind,
    long Files,
    long Bytes,
    string Checked,
    ImmutableArray<VerificationProblem> Problems)
{
    public bool Ok => Problems.IsEmpty;

    public string Summary =>
        Ok
            ? $"ok: {Kind} {Path}: {Files:N0} files, {Bytes:N0} bytes; {Checked}"
            : $"FAILED: {Kind} {Path}: {Problems.Length} problem(s) in {Files:N0} files, {Bytes:N0} bytes";
}

/// <summary>Gathers problems in the order they are found, then sorts them by file for the report.</summary>
internal sealed class ProblemList
{
    private readonly List<VerificationProblem> _problems = [];
    private readonly object _gate = new();

    public void Add(string file, string message)
    {
        lock (_gate) _problems.Add(new VerificationProblem(file, message));
    }

    public int Count
    {
        get
        {
            lock (_gate) return _problems.Count;
        }
    }

    public ImmutableArray<VerificationProblem> Sorted()
    {
        lock (_gate)
        {
            return [.. _problems.Distinct()
                .OrderBy(p => p.File, StringComparer.Ordinal)
                .ThenBy(p => p.Message, StringComparer.Ordinal)];
        }
    }
}
