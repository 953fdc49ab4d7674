using System.CommandLine;
using ZoneReport.Diagnostics;
using ZoneReport.Listing;

namespace ZoneReport.Cli.Commands;

/// <summary>zonereport list: every edition and its articles, with drafts, embargoed and expired ones marked and their dates.</summary>
public static class ListCommand
{
    public static Command Create(CliContext context)
    {
        var source = GlobalOptions.Source();
        var withheld = new Option<bool>("--withheld")
        {
            Description = "only the articles a build leaves out now (drafts, embargoed, expired)",
        };
        var format = GlobalOptions.Format();
        var command = new Command("list", "list the editions and their articles: drafts, embargoed (publish_at) and expired (expire_at) ones with their dates");
        foreach (var option in new Option[] { source, withheld, format }) command.Options.Add(option);
        command.SetAction(parsed =>
        {
            try
            {
                var listing = EditionListing.Of(parsed.GetRequiredValue(source), context.Clock.GetUtcNow());
                context.Output.Write(parsed.GetValue(format) == "json" ? ListingWriter.Json(listing) : ListingWriter.Text(listing, parsed.GetValue(withheld)));
                return ZoneReportCli.Ok;
            }
            catch (BuildException e)
            {
                foreach (var line in ErrorReport.Lines(e.Errors)) context.Errors.WriteLine(line);
                context.Errors.WriteLine($"Nothing listed: the content has {e.Errors.Count} error(s) (`zonereport check` shows every problem).");
                return ZoneReportCli.Failed;
            }
            catch (Exception e)
            {
                return Failures.Report(e, parsed.GetValue(GlobalOptions.Verbose), context.Errors);
            }
        });
        return command;
    }
}
