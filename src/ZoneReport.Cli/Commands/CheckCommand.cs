using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using ZoneReport.Diagnostics;
using ZoneReport.Site;
using ZoneReport.Translation;

namespace ZoneReport.Cli.Commands;

/// <summary>
/// zonereport check: everything build checks, without writing the site; --translations: the
/// translation report instead (every finding, with file:line on both sides).
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
                if (json)
                {
                    context.Output.Write(Json(e.Errors, []));
                }
                else
                {
                    foreach (var error in e.Errors) context.Errors.WriteLine(error.Format());
                    context.Errors.WriteLine($"Check found {e.Errors.Count} error(s).");
                }

                return ZoneReportCli.Failed;
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

    private static int Site(BuildOptions options, bool json, CliContext context)
    {
        var warnings = SiteCheck.Run(options);
        if (json)
        {
            context.Output.Write(Json([], warnings));
        }
        else
        {
            foreach (var warning in warnings) context.Errors.WriteLine(warning.Format().Replace(": error: ", ": warning: "));
            context.Output.WriteLine($"No errors, {warnings.Length} warning(s).");
        }

        return ZoneReportCli.Ok;
    }

    private static string Json(IEnumerable<BuildError> errors, IEnumerable<BuildError> warnings)
    {
        object Entry(BuildError e) => new { file = e.Location.File, line = e.Location.Line, column = e.Location.Column, message = e.Message, hint = e.Hint };
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };
        return JsonSerializer.Serialize(new { errors = errors.Select(Entry), warnings = warnings.Select(Entry) }, options) + "\n";
    }
}
