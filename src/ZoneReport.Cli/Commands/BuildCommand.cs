using System.CommandLine;
using ZoneReport.Site;

namespace ZoneReport.Cli.Commands;

/// <summary>zonereport build: builds the site into the output folder.</summary>
public static class BuildCommand
{
    public static Command Create(CliContext context)
    {
        var site = new SiteOptions();
        var command = new Command("build", "build the site into the output folder (default _site/)");
        site.AddTo(command);
        var search = new Option<bool>("--search")
        {
            Description = "index the pages for full-text search with Pagefind (needs Node.js; works when the site is served by a web server)",
        };
        command.Options.Add(search);
        var review = new Option<string?>("--review")
        {
            Description = "also write the translation review pages (every pair side by side, with its findings) into DIR, outside the site",
            HelpName = "DIR",
        };
        command.Options.Add(review);
        command.SetAction(parsed =>
        {
            var options = site.From(parsed, context.Clock) with { Search = parsed.GetValue(search) };
            var verbose = parsed.GetValue(GlobalOptions.Verbose);
            var code = Run(options, context, verbose);
            return code == ZoneReportCli.Ok && parsed.GetValue(review) is { } folder ? ReviewCommand.Write(options, folder, context, verbose) : code;
        });
        return command;
    }

    /// <summary>One build, reported: the summary and warnings, or every error. Never throws.</summary>
    public static int Run(BuildOptions options, CliContext context, bool verbose)
    {
        try
        {
            var result = SiteBuilder.Build(options);
            foreach (var warning in result.Warnings) context.Errors.WriteLine(warning.Format().Replace(": error: ", ": warning: "));
            context.Output.WriteLine(result.Summary);
            if (verbose && !result.Stages.IsDefault)
            {
                foreach (var (stage, time) in result.Stages) context.Errors.WriteLine($"  {time.TotalMilliseconds,8:0} ms  {stage}");
            }

            return ZoneReportCli.Ok;
        }
        catch (Exception e)
        {
            return Failures.Report(e, verbose, context.Errors);
        }
    }
}
