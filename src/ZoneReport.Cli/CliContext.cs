namespace ZoneReport.Cli;

/// <summary>What every command is given: where to write, and what time it is.</summary>
public sealed record CliContext(TextWriter Output, TextWriter Errors, TimeProvider Clock);
