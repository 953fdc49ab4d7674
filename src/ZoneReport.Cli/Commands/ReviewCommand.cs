using ZoneReport.Configuration;
using ZoneReport.Diagnostics;
using ZoneReport.Review;
using ZoneReport.Site;
using ZoneReport.Translation;

namespace ZoneReport.Cli.Commands;

/// <summary>The translation review pages of `build --review DIR` (the preview serves the same at /_review/).</summary>
public static class ReviewCommand
{
    public static int Write(BuildOptions options, string folder, CliContext context, bool verbose)
    {
        try
        {
            var siteFolder = Path.GetFullPath(options.SiteFolder);
            var config = SiteConfigLoader.Load(siteFolder);
            var output = Path.Combine(siteFolder, options.OutputFolder ?? config.OutputFolder);
            var result = TranslationReview.Run(siteFolder, options.IncludeDrafts);
            var count = ReviewFolder.Write(Path.GetFullPath(folder), output, ReviewPages.Render(result));
            context.Output.WriteLine($"Wrote {count} translation review pages into {folder}: {ReportWriter.Summary(result)}");
            return ZoneReportCli.Ok;
        }
        catch (BuildException e)
        {
            foreach (var error in e.Errors) context.Errors.WriteLine(error.Format());
            context.Errors.WriteLine("The review pages were not written (the site was built).");
            return ZoneReportCli.Failed;
        }
        catch (Exception e)
        {
            return Failures.Report(e, verbose, context.Errors);
        }
    }
}
