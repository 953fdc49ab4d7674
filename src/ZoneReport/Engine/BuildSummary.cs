using System.Collections.Immutable;
using ZoneReport.Diagnostics;

namespace ZoneReport.Engine;

/// <summary>
/// The few lines of the last good build that a build with nothing changed needs (in
/// .cache/engine/summary.bin): the hash of every source and ZoneReport's version, the settings and
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
    private static ReadOnlySpan<byte> Kind => "ZRSM"u8;
    private const string Version = "3";

    public static string PathIn(string stateFolder) => Path.Combine(stateFolder, "summary.bin");

    public static BuildSummary Of(Manifest manifest) =>
        new(manifest.OutputFolder, manifest.Settings, manifest.Sources, manifest.PagesPerLanguage, manifest.Files.Count, manifest.Warnings);

    /// <summary>Written field by field with a checksum (no JSON serializer: this is read at the start of every build).</summary>
    public void Save(string stateFolder)
    {
        var writer = CacheFile.Start(Kind, Version);
        Write(writer);
        CacheFile.Save(PathIn(stateFolder), writer);
    }

    /// <summary>The summary, or null when there is none or it cannot be read (then the build reads the manifest).</summary>
    public static BuildSummary? Load(string stateFolder) =>
        CacheFile.Load(PathIn(stateFolder), Kind, Version, reader => Read(reader) is var summary && reader.AtEnd ? summary : null);

    /// <summary>The fields, as the summary file holds them and the manifest begins (<see cref="Manifest"/>).</summary>
    internal void Write(CacheWriter w)
    {
        w.String(OutputFolder);
        w.String(Settings);
        w.String(Sources);
        w.Int(PagesPerLanguage.Count);
        foreach (var (language, pages) in PagesPerLanguage)
        {
            w.String(language);
            w.Int(pages);
        }

        w.Int(FileCount);
        CachedParts.WriteList(w, Warnings, WriteError);
    }

    internal static BuildSummary Read(CacheReader r)
    {
        var (output, settings, sources) = (r.String(), r.String(), r.String());
        var pages = ImmutableSortedDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        for (var count = r.Count(); count > 0; count--)
        {
            if (!pages.TryAdd(r.String(), r.Int())) throw new InvalidDataException("a language is counted twice");
        }

        return new BuildSummary(output, settings, sources, pages.ToImmutable(), r.Int(), CachedParts.ReadList(r, ReadError));
    }

    public static void Delete(string stateFolder)
    {
        if (File.Exists(PathIn(stateFolder))) File.Delete(PathIn(stateFolder));
    }

    internal static void WriteError(CacheWriter w, BuildError error)
    {
        CachedParts.WriteLocation(w, error.Location);
        w.String(error.Message);
        w.String(error.Hint);
        w.OptionalString(error.Context);
        w.Int(error.Count);
        CachedParts.WriteList(w, error.AlsoAt, CachedParts.WriteLocation);
    }

    internal static BuildError ReadError(CacheReader r) =>
        new(CachedParts.ReadLocation(r), r.String(), r.String())
        {
            Context = r.OptionalString(),
            Count = r.Int(),
            AlsoAt = CachedParts.ReadList(r, CachedParts.ReadLocation),
        };
}
