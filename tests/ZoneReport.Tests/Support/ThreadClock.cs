using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ZoneReport.Tests.Support;

/// <summary>
/// The processor time the calling thread has used (Linux: CLOCK_THREAD_CPUTIME_ID). Unlike the
/// wall clock it leaves out the time the thread waits for a processor, which on a machine shared
/// by dozens of processes grows with the length of the run: a 5 ms run often finishes within one
/// time slice while a 40 ms run waits for several, so wall-clock ratios look super-linear. Elsewhere
/// it falls back to the wall clock.
/// </summary>
public static class ThreadClock
{
    private const int ThreadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID

    public static TimeSpan Measure(Action run)
    {
        if (!OperatingSystem.IsLinux())
        {
            var clock = Stopwatch.StartNew();
            run();
            return clock.Elapsed;
        }

        var start = Now();
        run();
        return Now() - start;
    }

    private static TimeSpan Now()
    {
        if (clock_gettime(ThreadCpuTime, out var time) != 0) throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
        return TimeSpan.FromTicks(time.Seconds * TimeSpan.TicksPerSecond + time.Nanoseconds / 100);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    // DllImport rather than LibraryImport: the struct is blittable, and the test project needs no unsafe code for it.
    [DllImport("libc")]
    private static extern int clock_gettime(int clock, out TimeSpec time);
}
