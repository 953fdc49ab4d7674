namespace ZoneReport.Formats;

/// <summary>The name and version of this tool, as written into pages, feeds and archives.</summary>
public static class Generator
{
    public const string Name = "ZoneReport";

    public const string Uri = "https://github.com/zonereport/zonereport";

    /// <summary>Major.minor.patch from the assembly (the Version of ZoneReport.csproj), never a build number or commit.</summary>
    public static string Version { get; } = FormatVersion(typeof(Generator).Assembly.GetName().Version);

    /// <summary>"ZoneReport 0.1.0"</summary>
    public static string NameAndVersion => $"{Name} {Version}";

    private static string FormatVersion(System.Version? version) =>
        version is null ? "0.0.0" : $"{version.Major}.{version.Minor}.{Math.Max(version.Build, 0)}";
}
