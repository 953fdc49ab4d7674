using System.CommandLine;

namespace ZoneReport.Cli.Commands;

/// <summary>Options shared by several commands. Each command adds the ones it takes.</summary>
public static class GlobalOptions
{
    /// <summary>Shows the full exception trace of an unexpected failure (for bug reports).</summary>
    public static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "on an unexpected failure, print the full trace (for a bug report)",
        Recursive = true,
    };

    public static Option<string> Source() => new("--source")
    {
        Description = "the folder holding site.yml, content/ and templates/",
        HelpName = "DIR",
        DefaultValueFactory = _ => ".",
    };

    public static Option<string?> Output() => new("--output")
    {
        Description = "where to write the site (default: the 'output' setting of site.yml, normally _site)",
        HelpName = "DIR",
    };

    public static Option<bool> Drafts() => new("--drafts")
    {
        Description = "include articles marked 'draft: true' (their pages say so and are not indexed)",
    };

    public static Option<bool> Future() => new("--future")
    {
        Description = "include articles whose publish_at is still to come (their pages say so and are not indexed)",
    };

    public static Option<bool> NoCache() => new("--no-cache")
    {
        Description = "resize every photo again instead of reusing .cache/images/",
    };

    /// <summary>--format text|json: text for people (the default), JSON for bots.</summary>
    public static Option<string> Format()
    {
        var format = new Option<string>("--format")
        {
            Description = "text (default) or json, for bots",
            HelpName = "text|json",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        return format;
    }
}
