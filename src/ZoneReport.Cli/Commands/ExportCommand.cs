using System.CommandLine;
using ZoneReport.Archive.Epub;
using ZoneReport.Archive.Export;
using ZoneReport.Site;

namespace ZoneReport.Cli.Commands;

/// <summary>
/// zonereport export [--edition Z/E] [--epub]: builds the site, then writes a BagIt bag and a WARC of
/// it (or of one edition) into _export/ (or --output); with --epub, the EPUB books instead.
/// </summary>
public static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var source = GlobalOptions.Source();
        var output = new Option<string?>("--output")
        {
            Description = $"where to write the export (default: {ExportOptions.DefaultFolder}/ in the site folder)",
            HelpName = "DIR",
        };
        var edition = new Option<string?>("--edition")
        {
            Description = "export one edition only, named zone/edition (e.g. zhoukou-edz/2022)",
            HelpName = "ZONE/EDITION",
        };
        var epub = new Option<bool>("--epub")
        {
            Description = "write the EPUB books only: one per edition and language, in epub/",
        };
        var command = new Command("export", "build the site and archive it: a BagIt bag (pages, assets, data files, sources) and a WARC of the pages as served; or, with --epub, EPUB books")
        {
            source, output, edition, epub,
        };
        command.SetAction(parsed =>
        {
            var verbose = parsed.GetValue(GlobalOptions.Verbose);
            return parsed.GetValue(epub)
                ? RunEpub(parsed.GetRequiredValue(source), parsed.GetValue(output), context, verbose)
                : Run(new ExportOptions(parsed.GetRequiredValue(source), parsed.GetValue(output), parsed.GetValue(edition)), context, verbose);
        });
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

    public static int RunEpub(string source, string? output, CliContext context, bool verbose)
    {
        try
        {
            var built = SiteBuilder.Build(new BuildOptions(source, Clock: context.Clock));
            var folder = Path.GetFullPath(output ?? Path.Combine(source, ExportOptions.DefaultFolder));
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
