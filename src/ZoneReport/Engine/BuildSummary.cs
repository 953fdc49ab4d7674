using System.Collections.Immutable;
using System.Text.Json;
using ZoneReport.Diagnostics;

namespace ZoneReport.Engine;

/// <summary>
/// The few lines of the last good build that a build with nothing changed needs (in
/// .cache/engine/summary.json): the hash of every source and ZoneReport's version, the settings and
/// publishing state, the output folder, the counts and the warnings to repeat. With it and the
/// output's stamps (<see cref="OutputStamps"/>) such a build stops without reading the manifest of
/// every output file or any content. It is deleted before a build changes anything and written
/// last, so it never describes a tree other than the published one.
/// </summary>
public sealed record BuildSummary(
    string OutputFolder,
    string Settings,
    string Sources,
    ImmutableSortedDictionary<string, int> PagesPerLanguage,
    int FileCount,
    ImmutableArray<BuildError> Warnings)
{
    private const int Version = 1;

    public static string PathIn(string stateFolder) => Path.Combine(stateFolder, "summary.json");

    public static BuildSummary Of(Manifest manifest) =>
        new(manifest.OutputFolder, manifest.Settings, manifest.Sources, manifest.PagesPerLanguage, manifest.Files.Count, manifest.Warnings);

    public void Save(string stateFolder)
    {
        Directory.CreateDirectory(stateFolder);
        AtomicFile.Write(PathIn(stateFolder), JsonSerializer.SerializeToUtf8Bytes(new Stored(Version, this)));
    }

    /// <summary>The summary, or null when there is none or it cannot be read (then the build reads the manifest).</summary>
    public static BuildSummary? Load(string stateFolder)
    {
        var path = PathIn(stateFolder);
        if (!File.Exists(path)) return null;
        try
        {
            var stored = JsonSerializer.Deserialize<Stored>(File.ReadAllBytes(path));
            return stored is { Version: Version, Summary: { OutputFolder: not null, Settings: not null, Sources: not null, PagesPerLanguage: not null } summary } && !summary.Warnings.IsDefault
                ? summary
                : null;
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return null;
        }
    }

    public static void Delete(string stateFolder)
    {
        if (File.Exists(PathIn(stateFolder))) File.Delete(PathIn(stateFolder));
    }

    private sealed record Stored(int Version, BuildSummary Summary);
}
