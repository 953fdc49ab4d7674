using System.Collections.Immutable;
using System.IO.Hashing;
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
    private static ReadOnlySpan<byte> Magic => "ZRSM"u8;
    private const int Version = 2;

    public static string PathIn(string stateFolder) => Path.Combine(stateFolder, "summary.bin");

    public static BuildSummary Of(Manifest manifest) =>
        new(manifest.OutputFolder, manifest.Settings, manifest.Sources, manifest.PagesPerLanguage, manifest.Files.Count, manifest.Warnings);

    /// <summary>Written field by field with a checksum (no JSON serializer: this is read at the start of every build).</summary>
    public void Save(string stateFolder)
    {
        var w = new CacheWriter();
        foreach (var magic in Magic) w.Byte(magic);
        w.Int(Version);
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
        w.Fixed64(XxHash3.HashToUInt64(w.Written));
        Directory.CreateDirectory(stateFolder);
        AtomicFile.Write(PathIn(stateFolder), w.Written);
    }

    /// <summary>The summary, or null when there is none or it cannot be read (then the build reads the manifest).</summary>
    public static BuildSummary? Load(string stateFolder)
    {
        var path = PathIn(stateFolder);
        if (!File.Exists(path)) return null;
        try
        {
            var bytes = File.ReadAllBytes(path);
            var body = bytes.Length - sizeof(ulong);
            if (body < Magic.Length || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic) ||
                XxHash3.HashToUInt64(bytes.AsSpan(0, body)) != new CacheReader(bytes, body, bytes.Length).Fixed64())
            {
                return null;
            }

            var r = new CacheReader(bytes, Magic.Length, body);
            if (r.Int() != Version) return null;
            var (output, settings, sources) = (r.String(), r.String(), r.String());
            var pages = ImmutableSortedDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
            for (var count = r.Count(); count > 0; count--)
            {
                if (!pages.TryAdd(r.String(), r.Int())) return null;
            }

            var summary = new BuildSummary(output, settings, sources, pages.ToImmutable(), r.Int(), CachedParts.ReadList(r, ReadError));
            return r.AtEnd ? summary : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException)
        {
            return null;
        }
    }

    public static void Delete(string stateFolder)
    {
        if (File.Exists(PathIn(stateFolder))) File.Delete(PathIn(stateFolder));
    }

    private static void WriteError(CacheWriter w, BuildError error)
    {
        CachedParts.WriteLocation(w, error.Location);
        w.String(error.Message);
        w.String(error.Hint);
        w.OptionalString(error.Context);
        w.Int(error.Count);
        CachedParts.WriteList(w, error.AlsoAt, CachedParts.WriteLocation);
    }

    private static BuildError ReadError(CacheReader r) =>
        new(CachedParts.ReadLocation(r), r.String(), r.String())
        {
            Context = r.OptionalString(),
            Count = r.Int(),
            AlsoAt = CachedParts.ReadList(r, CachedParts.ReadLocation),
        };
}
