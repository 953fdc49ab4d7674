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
        var bind = new Option<string>("--bind")
        {
            Description = $"the address to listen on (default {PreviewSettings.Loopback}); 0.0.0.0 to open the preview on a phone on the same network",
            HelpName = "ADDRESS",
            DefaultValueFactory = _ => PreviewSettings.Loopback,
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
                if (System.Net.IPAddress.TryParse(text, out _) || text == "localhost") return text;
                result.AddError($"--bind takes an IP address such as 0.0.0.0 or 192.168.1.20, not '{text}'");
                return PreviewSettings.Loopback;
            },
        };
        var open = new Option<bool>("--open") { Description = "open the preview in the default browser" };
        var command = new Command("serve", $"build into memory, serve on http://127.0.0.1:{DefaultPort}/ and rebuild what changed on each save");
        site.AddTo(command);
        command.Options.Add(port);
        command.Options.Add(bind);
        command.Options.Add(open);
        command.SetAction(parsed => PreviewServer.Run(site.From(parsed, context.Clock),
            new PreviewSettings(parsed.GetValue(port), parsed.GetValue(bind)!, parsed.GetValue(open)), context, parsed.GetValue(GlobalOptions.Verbose)));
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
