using System.Net;
using ZoneReport.Diagnostics;

namespace ZoneReport.Cli.Commands;

/// <summary>Turns any failure into a short message for the user and exit code 1: never a stack trace, unless asked for.</summary>
public static class Failures
{
    public static int Report(Exception exception, bool verbose, TextWriter errors)
    {
        switch (exception)
        {
            case BuildException build:
                foreach (var line in ErrorReport.Lines(build.Errors)) errors.WriteLine(line);
                errors.WriteLine(ErrorReport.Summary(build.Errors));
                return ZoneReportCli.Failed;
            case AggregateException { InnerExceptions.Count: 1 } aggregate:
                return Report(aggregate.InnerExceptions[0], verbose, errors);
            default:
                errors.WriteLine($"error: {Describe(exception)}");
                if (verbose) errors.WriteLine(exception.ToString());
                else errors.WriteLine("  (run again with --verbose to see the details for a bug report)");
                return ZoneReportCli.Failed;
        }
    }

    private static string Describe(Exception exception) => exception switch
    {
        UnauthorizedAccessException e => $"access denied: {e.Message}",
        IOException e => e.Message,
        HttpListenerException e => e.Message,
        _ => $"{exception.Message} ({exception.GetType().Name})",
    };
}
