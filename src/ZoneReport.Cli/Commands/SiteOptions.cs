using System.CommandLine;
using ZoneReport.Site;

namespace ZoneReport.Cli.Commands;

/// <summary>The options that say which site to build and how: --source, --output, --drafts, --future, --no-cache.</summary>
public sealed class SiteOptions
{
    private readonly Option<string> _source = GlobalOptions.Source();
    private readonly Option<string?> _output = GlobalOptions.Output();
    private readonly Option<bool> _drafts = GlobalOptions.Drafts();
    private readonly Option<bool> _future = GlobalOptions.Future();
    private readonly Option<bool> _noCache = GlobalOptions.NoCache();

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _source, _output, _drafts, _future, _noCache }) command.Options.Add(option);
    }

    /// <param name="clock">What "now" is for publish_at and expire_at.</param>
    public BuildOptions From(ParseResult parsed, TimeProvider clock) => new(
        parsed.GetRequiredValue(_source),
        parsed.GetValue(_output),
        parsed.GetValue(_drafts),
        !parsed.GetValue(_noCache),
        parsed.GetValue(_future),
        clock);
}
