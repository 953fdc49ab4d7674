using System.Collections.Immutable;
using System.Diagnostics;

namespace ZoneReport.Engine;

/// <summary>Times the stages of one build, for `build --verbose` and the benchmark: where did the time go?</summary>
public sealed class StageClock
{
    private readonly Stopwatch _total = Stopwatch.StartNew();
    private readonly ImmutableArray<(string Stage, TimeSpan Time)>.Builder _stages = ImmutableArray.CreateBuilder<(string, TimeSpan)>();
    private TimeSpan _last;

    public TimeSpan Elapsed => _total.Elapsed;

    /// <summary>Ends the stage running since the last lap, naming it.</summary>
    public void Lap(string stage)
    {
        var now = _total.Elapsed;
        lock (_stages) _stages.Add((stage, now - _last));
        _last = now;
    }

    public ImmutableArray<(string Stage, TimeSpan Time)> Stages
    {
        get
        {
            lock (_stages) return _stages.ToImmutable();
        }
    }
}
