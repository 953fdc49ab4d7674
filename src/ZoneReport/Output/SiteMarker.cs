namespace ZoneReport.Output;

/// <summary>
/// The small file <c>.zonereport-site</c> at the top of every folder ZoneReport builds, staging
/// folders included. It is the proof that a folder is ZoneReport's to replace or delete: a non-empty
/// folder without it is never touched. Published with the site; harmless there.
/// </summary>
public static class SiteMarker
{
    public const string FileName = ".zonereport-site";

    /// <summary>The same bytes on every build, so rebuilds stay byte-identical.</summary>
    public const string Text =
        "This folder was made by ZoneReport. Each build replaces all of it: keep nothing else here.\n";

    public static bool IsIn(string folder) => File.Exists(Path.Combine(folder, FileName));
}
