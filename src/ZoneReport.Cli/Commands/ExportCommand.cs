using System.CommandLine;
using ZoneReport.Archive.Epub;
using ZoneReport.Archive.Export;
using ZoneReport.Diagnostics;
using ZoneReport.Site;

namespace ZoneReport.Cli.Commands;

/// <summary>
/// zonereport export [--edition Z/E] [--epub]: builds the site, then writes a BagIt bag, a WARC and the
/// EPUB books of it (or of one edition) into _export/ (or --output); with --epub, the EPUB books only.
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
            Description = "write the EPUB books only (one per edition and language, in epub/), no bag or WARC",
        };
        var command = new Command("export", "build the site and archive it: a BagIt bag (pages, assets, data files, sources, EPUB books), a WARC of the pages as served, and an EPUB book per edition and language; with --epub, the books only")
        {
            source, output, edition, epub,
        };
        command.SetAction(parsed =>
        {
            var verbose = parsed.GetValue(GlobalOptions.Verbose);
            return parsed.GetValue(epub)
                ? RunEpub(parsed.GetRequiredValue(source), parsed.GetValue(output), parsed.GetValue(edition), context, verbose)
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

    public static int RunEpub(string source, string? output, string? edition, CliContext context, bool verbose)
    {
        try
        {
            var built = SiteBuilder.Build(new BuildOptions(source, Clock: context.Clock));
            var folder = Path.GetFullPath(output ?? Path.Combine(source, ExportOptions.DefaultFolder));
            var books = EpubExport.WriteAll(built.OutputFolder, folder, edition?.Trim('/'));
            if (edition is not null && books.Length == 0)
            {
                throw new BuildException(SourceLocation.FileOnly("content"), $"there is no edition '{edition}' (no edition page was built for it)",
                    "name one as zone/edition, as its folder under content/ is named (e.g. zhoukou-edz/2022)");
            }

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
