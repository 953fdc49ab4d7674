using System.CommandLine;
using ZoneReport.Archive.Export;

namespace ZoneReport.Cli.Commands;

/// <summary>zonereport export: builds the site, then writes a BagIt bag and a WARC of it (or of one edition).</summary>
public static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var source = GlobalOptions.Source();
        var output = new Option<string?>("--output")
        {
            Description = $"where to write the bag and the WARC (default: {ExportOptions.DefaultFolder}/ in the site folder)",
            HelpName = "DIR",
        };
        var edition = new Option<string?>("--edition")
        {
            Description = "export one edition only, named zone/edition (e.g. zhoukou-edz/2022)",
            HelpName = "ZONE/EDITION",
        };
        var command = new Command("export", "build the site and archive it: a BagIt bag (pages, assets, data files, sources) and a WARC of the pages as served")
        {
            source, output, edition,
        };
        command.SetAction(parsed => Run(new ExportOptions(parsed.GetRequiredValue(source), parsed.GetValue(output), parsed.GetValue(edition)),
            context, parsed.GetValue(GlobalOptions.Verbose)));
        return command;
    }

    public static int Run(ExportOptions options, CliContext context, bool verbose)
    {
        try
        {
            context.Output.WriteLine(Exporter.Export(options).Summary);
            return ZoneReportCli.Ok;
        }
        catch (Exception e)
        {
            return Failures.Report(e, verbose, context.Errors);
        }
    }
}
