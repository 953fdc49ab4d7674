using System.Collections.Concurrent;
using System.Collections.Immutable;
using ZoneReport.Diagnostics;
using ZoneReport.Engine;

namespace ZoneReport.Checks;

/// <summary>
/// The warnings of the site-wide checks, kept from the last good build per thing checked (a file,
/// an article and its translations, an edition), each with one hash of everything its check reads:
/// a thing whose inputs are all as they were is not checked again, and its warnings are the ones the
/// check gave then. A check that reads several files names them all, so it runs again when any of
/// them changes; the hash holds ZoneReport's version too, so a new version checks everything again.
/// </summary>
/// <param name="previous">The last good build's kept warnings (any key; those of other checks are ignored).</param>
public sealed class CheckCache(IReadOnlyDictionary<string, CachedWarnings>? previous)
{
    private readonly ConcurrentDictionary<string, CachedWarnings> _now = new(StringComparer.Ordinal);
    private int _run;

    /// <summary>A cache that keeps nothing: every check runs (a build without the engine's records).</summary>
    public static CheckCache None => new(null);

    /// <summary>How many things were checked now rather than taken from the last build.</summary>
    public int Run => _run;

    /// <summary>What this build keeps for the next one, by check and thing ("placeholders:content/z/zone.yml").</summary>
    public IReadOnlyDictionary<string, CachedWarnings> Kept => _now;

    /// <summary>
    /// The warnings of <paramref name="check"/> for <paramref name="unit"/>: kept ones when the
    /// hashes of its <paramref name="inputs"/> (file hashes, settings) are those of the last build,
    /// else those <paramref name="run"/> finds now.
    /// </summary>
    public ImmutableArray<BuildError> Warnings(string check, string unit, ReadOnlySpan<string> inputs, Func<ImmutableArray<BuildError>> run)
    {
        var key = check + ":" + unit;
        var builder = new Inputs.Builder();
        builder.Add("engine", Inputs.EngineVersion);
        foreach (var input in inputs) builder.Add("input", input);
        var hash = builder.Finish();
        if (previous?.GetValueOrDefault(key) is { } kept && kept.Hash == hash)
        {
            _now[key] = kept;
            return kept.Warnings;
        }

        var found = run();
        Interlocked.Increment(ref _run);
        _now[key] = new CachedWarnings(hash, found);
        return found;
    }
}
