using System.Collections.Immutable;
using System.Diagnostics;

namespace ZoneReport.Engine;

/// <summary>Times the stages of one build, for `build --verbose` and the benchmark: where did the time go?</summary>
public sealed class StageClock
{
    private readonly Stopwatch _total = Stopwatch.StartNew();
    private readonly ImmutableArray<(string Stage, TimeSpan Time)>.Builder _stages = ImmutableArray.CreateBuilder<(string, TimeSpan)>();
    private TimeSpan _last;
    private TimeSpan _lastCpu = Process.GetCurrentProcess().TotalProcessorTime;

    public TimeSpan Elapsed => _total.Elapsed;

    /// <summary>Ends the stage running since the last lap, naming it.</summary>
    public void Lap(string stage)
    {
        var now = _total.Elapsed;
        // CPU time (all threads) beside wall time: on a machine shared with other work, CPU time says
        // more about the cost of a stage than the wall clock does.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        lock (_stages) _stages.Add(($"{stage} (CPU {(cpu - _lastCpu).TotalMilliseconds:0} ms)", now - _last));
        _last = now;
        _lastCpu = cpu;
    }

    public ImmutableArray<(string Stage, TimeSpan Time)> Stages
    {
        get
        {
            lock (_stages) return _stages.ToImmutable();
        }
    }
}
