using System.CommandLine;
using ZoneReport.Diagnostics;
using ZoneReport.Scaffolding;
using ZoneReport.Translation;

namespace ZoneReport.Cli.Commands;

/// <summary>
/// zonereport new zone|edition|article: writes skeleton files in every language that build at once
/// (<see cref="Scaffold"/>); never overwrites a file.
/// </summary>
public static class NewCommand
{
    public static Command Create(CliContext context) => new("new", "write the skeleton files of a new zone, edition or article, in both languages (never overwrites)")
    {
        Sub(context, "zone", "slug", "the zone's name in addresses, e.g. zhoukou-edz", "a new zone: content/<zone>/zone.yml",
            (site, name) => Scaffold.Zone(site, name), name => $"next: zonereport new edition {name}/<year>"),
        Sub(context, "edition", "zone/year", "the zone and the edition's year, e.g. zhoukou-edz/2024", "a new edition: content/<zone>/<year>/edition.yml",
            (site, name) => Scaffold.Edition(site, name), name => $"next: zonereport new article {name.Trim('/')}/<name>"),
        Sub(context, "article", "zone/year/name", "the article, e.g. zhoukou-edz/2024/plan-11346",
            "a new article, a draft, one file per language (its translation is recorded as made from the new original)",
            (site, name) => Article(site, name, context),
            _ => "The article is a draft: `zonereport build --drafts` shows it; delete 'draft: true' in the original to publish it."),
    };

    private static Command Sub(CliContext context, string name, string argumentName, string argumentHelp, string description,
        Func<string, string, IReadOnlyList<string>> write, Func<string, string> next)
    {
        var source = GlobalOptions.Source();
        var target = new Argument<string>(argumentName) { Description = argumentHelp };
        var command = new Command(name, description) { target };
        command.Options.Add(source);
        command.SetAction(parsed =>
        {
            try
            {
                var given = parsed.GetRequiredValue(target);
                foreach (var file in write(parsed.GetRequiredValue(source), given)) context.Output.WriteLine($"wrote {file}");
                context.Output.WriteLine($"Replace each TODO text (build and check warn while one is left). {next(given)}");
                return ZoneReportCli.Ok;
            }
            catch (BuildException e)
            {
                foreach (var error in e.Errors) context.Errors.WriteLine(error.Format());
                context.Errors.WriteLine("Nothing was written.");
                return ZoneReportCli.Failed;
            }
            catch (Exception e)
            {
                return Failures.Report(e, parsed.GetValue(GlobalOptions.Verbose), context.Errors);
            }
        });
        return command;
    }

    private static IReadOnlyList<string> Article(string site, string name, CliContext context)
    {
        var files = Scaffold.Article(site, name);
        if (files.Length > 1) TranslationRecorder.Record(site, name, DateOnly.FromDateTime(context.Clock.GetLocalNow().DateTime));
        return files;
    }
}
