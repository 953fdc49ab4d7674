using ZoneReport.Diagnostics;
using ZoneReport.Site;

namespace ZoneReport.Cli;

/// <summary>zonereport build | serve [--source DIR] [--output DIR] [--drafts] [--no-cache] [--port N]</summary>
public static class CommandLine
{
    public const string Usage = """
        Usage: zonereport <command> [options]

        Commands:
          build     build the site into the output folder (default _site/)
          serve     build, serve on http://127.0.0.1:8080/ and rebuild when a file changes

        Options:
          --source DIR   the folder holding site.yml, content/ and templates/ (default: current folder)
          --output DIR   where to write the site (default: the 'output' setting of site.yml)
          --drafts       include articles marked 'draft: true'
          --no-cache     resize every photo again instead of reusing .cache/images/
          --port N       the preview port for serve (default 8080)
        """;

    public static int Run(string[] args, TextWriter output, TextWriter errors)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            output.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        if (!TryParse(args.Skip(1).ToArray(), out var options, out var port, out var problem))
        {
            errors.WriteLine($"error: {problem}");
            errors.WriteLine(Usage);
            return 2;
        }

        return args[0] switch
        {
            "build" => Build(options, output, errors),
            "serve" => PreviewServer.Run(options, port, output, errors),
            _ => Unknown(args[0], errors),
        };
    }

    public static int Build(BuildOptions options, TextWriter output, TextWriter errors)
    {
        try
        {
            var result = SiteBuilder.Build(options);
            foreach (var warning in result.Warnings) errors.WriteLine(warning.Format().Replace(": error: ", ": warning: "));
            output.WriteLine(result.Summary);
            return 0;
        }
        catch (BuildException e)
        {
            foreach (var line in ErrorReport.Lines(e.Errors)) errors.WriteLine(line);
            errors.WriteLine(ErrorReport.Summary(e.Errors));
            return 1;
        }
    }

    private static int Unknown(string command, TextWriter errors)
    {
        errors.WriteLine($"error: unknown command '{command}'");
        errors.WriteLine(Usage);
        return 2;
    }

    private static bool TryParse(string[] args, out BuildOptions options, out int port, out string problem)
    {
        string source = ".";
        string? outputFolder = null;
        var drafts = false;
        var useCache = true;
        port = 8080;
        problem = "";
        options = new BuildOptions(source);
        for (var i = 0; i < args.Length; i++)
        {
            string? Value() => i + 1 < args.Length ? args[++i] : null;
            switch (args[i])
            {
                case "--source":
                    source = Value() ?? "";
                    break;
                case "--output":
                    outputFolder = Value();
                    break;
                case "--drafts":
                    drafts = true;
                    break;
                case "--no-cache":
                    useCache = false;
                    break;
                case "--port" when int.TryParse(i + 1 < args.Length ? args[i + 1] : "", out var p):
                    port = p;
                    i++;
                    break;
                default:
                    problem = $"unknown option '{args[i]}'";
                    return false;
            }
        }

        if (source.Length == 0 || outputFolder is "")
        {
            problem = "--source and --output need a folder after them";
            return false;
        }

        options = new BuildOptions(source, outputFolder, drafts, useCache);
        return true;
    }
}
