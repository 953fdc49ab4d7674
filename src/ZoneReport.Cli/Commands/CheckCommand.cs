using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ZoneReport.Diagnostics;
using ZoneReport.Site;
using ZoneReport.Translation;

namespace ZoneReport.Cli.Commands;

/// <summary>
/// zonereport check: everything build checks and the content checks (<see cref="SiteCheck.Everything"/>),
/// without writing the site; exit 1 on errors. --translations: the translation report instead
/// (every finding, with file:line on both sides).
/// </summary>
public static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var source = GlobalOptions.Source();
        var drafts = GlobalOptions.Drafts();
        var translations = new Option<bool>("--translations")
        {
            Description = "report the translations instead: numbers, names, glossary terms and blocks that differ from the original, stale blocks",
        };
        var format = GlobalOptions.Format();
        var command = new Command("check", "check the site as build does, without writing it (exit 1 on errors)");
        foreach (var option in new Option[] { source, drafts, translations, format }) command.Options.Add(option);
        command.SetAction(parsed =>
        {
            var options = new BuildOptions(parsed.GetRequiredValue(source), IncludeDrafts: parsed.GetValue(drafts), Clock: context.Clock);
            var json = parsed.GetValue(format) == "json";
            try
            {
                return parsed.GetValue(translations) ? Translations(options, json, context) : Site(options, json, context);
            }
            catch (BuildException e)
            {
                // The translation report could not load the content: its errors are the report.
                return Report(new CheckReport([.. e.Errors], []), json, context);
            }
            catch (Exception e)
            {
                return Failures.Report(e, parsed.GetValue(GlobalOptions.Verbose), context.Errors);
            }
        });
        return command;
    }

    private static int Translations(BuildOptions options, bool json, CliContext context)
    {
        var result = TranslationReview.Run(options.SiteFolder, options.IncludeDrafts);
        context.Output.Write(json ? ReportWriter.Json(result) : ReportWriter.Text(result));
        return result.Fails ? ZoneReportCli.Failed : ZoneReportCli.Ok;
    }

    private static int Site(BuildOptions options, bool json, CliContext context) => Report(SiteCheck.Everything(options), json, context);

    private static int Report(CheckReport report, bool json, CliContext context)
    {
        if (json)
        {
            context.Output.Write(Json(report));
        }
        else
        {
            foreach (var error in report.Errors) context.Errors.WriteLine(error.Format());
            foreach (var warning in report.Warnings) context.Errors.WriteLine(warning.Format().Replace(": error: ", ": warning: "));
            var summary = $"{report.Errors.Length} error(s), {report.Warnings.Length} warning(s).";
            if (report.Failed) context.Errors.WriteLine($"Check found {summary}");
            else context.Output.WriteLine(report.Warnings.Length == 0 ? "No errors, no warnings." : $"No errors, {report.Warnings.Length} warning(s).");
        }

        return report.Failed ? ZoneReportCli.Failed : ZoneReportCli.Ok;
    }

    /// <summary>The schema README.md documents ("check"): errors and warnings, each with file, line, column, message, hint; and their counts.</summary>
    private static string Json(CheckReport report)
    {
        // Built as JSON nodes, not serialized from objects by reflection, so the native (AOT) build writes the same.
        JsonNode Entry(BuildError e) => new JsonObject
        {
            ["file"] = e.Location.File, ["line"] = e.Location.Line, ["column"] = e.Location.Column, ["message"] = e.Message, ["hint"] = e.Hint,
        };
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };
        var document = new JsonObject
        {
            ["errors"] = new JsonArray([.. report.Errors.Select(Entry)]),
            ["warnings"] = new JsonArray([.. report.Warnings.Select(Entry)]),
            ["summary"] = new JsonObject { ["errors"] = report.Errors.Length, ["warnings"] = report.Warnings.Length },
        };
        return document.ToJsonString(options) + "\n";
    }
}
