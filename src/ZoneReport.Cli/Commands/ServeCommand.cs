using System.CommandLine;

namespace ZoneReport.Cli.Commands;

/// <summary>zonereport serve: the live preview (<see cref="PreviewServer"/>).</summary>
public static class ServeCommand
{
    public const int DefaultPort = 8080;

    public static Command Create(CliContext context)
    {
        var site = new SiteOptions();
        var port = Port();
        var command = new Command("serve", $"build, serve on http://127.0.0.1:{DefaultPort}/ and rebuild when a file changes");
        site.AddTo(command);
        command.Options.Add(port);
        command.SetAction(parsed =>
            PreviewServer.Run(site.From(parsed, context.Clock), parsed.GetValue(port), context, parsed.GetValue(GlobalOptions.Verbose)));
        return command;
    }

    private static Option<int> Port() => new("--port")
    {
        Description = $"the port of the preview on 127.0.0.1 (default {DefaultPort})",
        HelpName = "N",
        DefaultValueFactory = _ => DefaultPort,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port) &&
                port is >= 1 and <= 65535)
            {
                return port;
            }

            result.AddError($"--port takes a port number from 1 to 65535, not '{text}'");
            return 0;
        },
    };
}
