using ZoneReport.Cli;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Cli;

/// <summary>Runs the command line in-process, as a user would from a shell, and keeps what it printed.</summary>
public static class CliRun
{
    /// <summary>A fixed "now" for commands that look at dates, so no test depends on today.</summary>
    public static readonly DateTimeOffset Now = TestClock.Noon;

    public static (int Code, string Output, string Errors) Run(params string[] args) => RunAt(Now, args);

    public static (int Code, string Output, string Errors) RunAt(DateTimeOffset now, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var errors = new StringWriter { NewLine = "\n" };
        var code = ZoneReportCli.Run(args, output, errors, new TestClock(now));
        return (code, output.ToString(), errors.ToString());
    }
}
