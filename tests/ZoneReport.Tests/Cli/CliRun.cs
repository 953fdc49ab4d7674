using ZoneReport.Cli;

namespace ZoneReport.Tests.Cli;

/// <summary>Runs the command line in-process, as a user would from a shell, and keeps what it printed.</summary>
public static class CliRun
{
    /// <summary>A fixed "now" for commands that look at dates, so no test depends on today.</summary>
    public static readonly DateTimeOffset Now = new(2024, 6, 1, 12, 0, 0, TimeSpan.FromHours(8));

    public static (int Code, string Output, string Errors) Run(params string[] args) => RunAt(Now, args);

    public static (int Code, string Output, string Errors) RunAt(DateTimeOffset now, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var errors = new StringWriter { NewLine = "\n" };
        var code = ZoneReportCli.Run(args, output, errors, new FixedClock(now));
        return (code, output.ToString(), errors.ToString());
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
