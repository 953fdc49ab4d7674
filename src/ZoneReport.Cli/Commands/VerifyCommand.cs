using System.CommandLine;
using ZoneReport.Archive.Verify;

namespace ZoneReport.Cli.Commands;

/// <summary>zonereport verify PATH: checks a bag, a WARC file, an EPUB, a built site or a folder of them.</summary>
public static class VerifyCommand
{
    public static Command Create(CliContext context)
    {
        var path = new Argument<string>("PATH")
        {
            Description = "a BagIt bag, a .warc/.warc.gz file, an .epub, a built site (with manifest-sha256.txt) or a folder holding such archives (e.g. _export)",
        };
        var fast = new Option<bool>("--fast")
        {
            Description = "bags: compare Payload-Oxum only; sites: the file list only (no checksums read)",
        };
        var command = new Command("verify", "check that an export, an EPUB or a built site is whole: every checksum, no file missing or extra") { path, fast };
        command.SetAction(parsed => Run(parsed.GetValue(path)!, parsed.GetValue(fast), context));
        return command;
    }

    /// <summary>Prints every problem ("file: what is wrong"), then one line per archive; 1 if anything is wrong.</summary>
    public static int Run(string path, bool fast, CliContext context)
    {
        var reports = Verifier.Verify(path, fast);
        foreach (var problem in reports.SelectMany(r => r.Problems)) context.Errors.WriteLine($"{problem.File}: error: {problem.Message}");
        foreach (var report in reports) (report.Ok ? context.Output : context.Errors).WriteLine(report.Summary);
        var failed = reports.Count(r => !r.Ok);
        if (failed == 0) return ZoneReportCli.Ok;
        context.Errors.WriteLine($"verify: {reports.Sum(r => r.Problems.Length)} problem(s) in {failed} of {reports.Length} checked");
        return ZoneReportCli.Failed;
    }
}
