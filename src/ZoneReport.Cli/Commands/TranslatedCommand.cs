using System.CommandLine;
using System.Globalization;
using ZoneReport.Translation;

namespace ZoneReport.Cli.Commands;

/// <summary>zonereport translated zone/edition/name...: records what each translation was made from (the lock file).</summary>
public static class TranslatedCommand
{
    public static Command Create(CliContext context)
    {
        var source = GlobalOptions.Source();
        var articles = new Argument<string[]>("article")
        {
            Description = "the article, as zone/edition/name (e.g. zhoukou-edz/2022/plan-11346); several may follow",
            Arity = ArgumentArity.OneOrMore,
        };
        var date = new Option<DateOnly?>("--date")
        {
            Description = "the day the translation was made, YYYY-MM-DD (default: today)",
            HelpName = "YYYY-MM-DD",
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
                result.AddError($"--date takes a date written as YYYY-MM-DD, not '{text}'");
                return null;
            },
        };
        var command = new Command("translated",
            "record that the translations of an article are up to date with its original (after translating; see `check --translations`)")
        {
            articles,
        };
        command.Options.Add(source);
        command.Options.Add(date);
        command.SetAction(parsed =>
        {
            try
            {
                var day = parsed.GetValue(date) ?? DateOnly.FromDateTime(context.Clock.GetLocalNow().DateTime);
                foreach (var article in parsed.GetRequiredValue(articles))
                {
                    foreach (var file in TranslationRecorder.Record(parsed.GetRequiredValue(source), article, day))
                    {
                        context.Output.WriteLine($"Recorded {file} as translated on {day:yyyy-MM-dd} from the original as it is now.");
                    }
                }

                return ZoneReportCli.Ok;
            }
            catch (ZoneReport.Diagnostics.BuildException e)
            {
                foreach (var error in e.Errors) context.Errors.WriteLine(error.Format());
                context.Errors.WriteLine("Nothing more was recorded.");
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
