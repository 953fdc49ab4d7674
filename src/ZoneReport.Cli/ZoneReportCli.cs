using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Reflection;
using ZoneReport.Cli.Commands;

namespace ZoneReport.Cli;

/// <summary>
/// The zonereport command line: the commands, their options (System.CommandLine), and the rule that
/// nothing but a clear message ever reaches the user. Exit codes: 0 ok, 1 content, build or I/O
/// errors, 2 usage (an unknown command or option, a bad option value).
/// </summary>
public static class ZoneReportCli
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    /// <summary>Runs one command line. <paramref name="clock"/> decides what "now" is for embargoes (tests pass a fixed one).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter errors, TimeProvider? clock = null)
    {
        var context = new CliContext(output, errors, clock ?? TimeProvider.System);
        var root = CreateRoot(context);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is ParseErrorAction)
        {
            // For an unknown command, "Required command was not provided" only repeats the news.
            var unknownCommand = parsed.CommandResult.Command is { Action: null, Subcommands.Count: > 0 } && parsed.UnmatchedTokens.Count > 0;
            var shown = unknownCommand ? parsed.Errors.Where(e => parsed.UnmatchedTokens.Any(e.Message.Contains)) : parsed.Errors;
            foreach (var error in shown) errors.WriteLine($"error: {error.Message}");
            var name = CommandPath(parsed.CommandResult.Command);
            var command = parsed.CommandResult.Command.Subcommands.Count > 0 ? " <command>" : "";
            errors.WriteLine($"Usage: {name}{command} [options]; '{name} --help' lists them.");
            return Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration
            {
                Output = output,
                Error = errors,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (Exception e)
        {
            return Failures.Report(e, parsed.GetValue(GlobalOptions.Verbose), errors);
        }
    }

    /// <summary>
    /// Every command, one file each under Commands/. A new command is one line here.
    /// </summary>
    private static Command CreateRoot(CliContext context)
    {
        // A plain command named for the tool rather than RootCommand, whose name is the executable's
        // file (ZoneReport.Cli under dotnet run): help then reads "zonereport build [options]".
        return new Command(Name, "ZoneReport: bilingual (Chinese and English) report sites for development zones.")
        {
            new HelpOption(),
            new VersionOption { Action = new PrintVersion() },
            GlobalOptions.Verbose,
            BuildCommand.Create(context),
            ServeCommand.Create(context),
            VerifyCommand.Create(context),
            ExportCommand.Create(context),
            TranslatedCommand.Create(context),
            CheckCommand.Create(context),
            NewCommand.Create(context),
            ListCommand.Create(context),
        };
    }

    public const string Name = "zonereport";

    /// <summary>The informational version of this assembly, e.g. 0.1.0+commit.</summary>
    public static string Version =>
        typeof(ZoneReportCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    private static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (Symbol? symbol = command; symbol is Command c; symbol = c.Parents.FirstOrDefault()) names.Insert(0, c.Name);
        return string.Join(' ', names);
    }

    /// <summary>--version prints this assembly's version (the entry assembly is the test host under tests).</summary>
    private sealed class PrintVersion : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine($"zonereport {Version}");
            return Ok;
        }
    }
}
