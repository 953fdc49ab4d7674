using System.CommandLine;
<<<<<<< HEAD
using ZoneReport.Archive.Epub;
using ZoneReport.Site;

namespace ZoneReport.Cli.Commands;

/// <summary>zonereport export [--epub]: builds the site, then writes the archive files into _export/ (or --output).</summary>
public static class ExportCommand
{
    public const string DefaultFolder = "_export";

=======
using ZoneReport.Archive.Export;

namespace ZoneReport.Cli.Commands;

/// <summary>zonereport export: builds the site, then writes a BagIt bag and a WARC of it (or of one edition).</summary>
public static class ExportCommand
{
>>>>>>> d2-formats
    public static Command Create(CliContext context)
    {
        var source = GlobalOptions.Source();
        var output = new Option<string?>("--output")
        {
<<<<<<< HEAD
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
=======
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
>>>>>>> d2-formats
            return ZoneReportCli.Ok;
        }
        catch (Exception e)
        {
            return Failures.Report(e, verbose, context.Errors);
        }
    }
}
