using System.CommandLine;
using ZoneReport.Archive.Epub;
using ZoneReport.Site;

namespace ZoneReport.Cli.Commands;

/// <summary>zonereport export [--epub]: builds the site, then writes the archive files into _export/ (or --output).</summary>
public static class ExportCommand
{
    public const string DefaultFolder = "_export";

    public static Command Create(CliContext context)
    {
        var source = GlobalOptions.Source();
        var output = new Option<string?>("--output")
        {
            Description = $"where to write the export (default: {DefaultFolder}/ in the site folder)",
            HelpName = "DIR",
        };
        var epub = new Option<bool>("--epub")
        {
            Description = "write the EPUB books only: one per edition and language, in epub/",
        };
        var command = new Command("export", "build the site and write its archive: EPUB books per edition and language (epub/)");
        command.Options.Add(source);
        command.Options.Add(output);
        command.Options.Add(epub);
        command.SetAction(parsed => Run(parsed.GetRequiredValue(source), parsed.GetValue(output), context, parsed.GetValue(GlobalOptions.Verbose)));
        return command;
    }

    public static int Run(string source, string? output, CliContext context, bool verbose)
    {
        try
        {
            var built = SiteBuilder.Build(new BuildOptions(source, Clock: context.Clock));
            var folder = Path.GetFullPath(output ?? Path.Combine(source, DefaultFolder));
            var books = EpubExport.WriteAll(built.OutputFolder, folder);
            foreach (var book in books) context.Output.WriteLine($"Wrote {Path.GetRelativePath(Environment.CurrentDirectory, book)}");
            context.Output.WriteLine($"Exported {books.Length} EPUB book(s) into {folder}; check them with: zonereport verify {folder}");
            return ZoneReportCli.Ok;
        }
        catch (Exception e)
        {
            return Failures.Report(e, verbose, context.Errors);
        }
    }
}
