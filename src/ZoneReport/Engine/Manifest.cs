using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ZoneReport.Diagnostics;

namespace ZoneReport.Engine;

/// <summary>One published file as the last good build made it.</summary>
/// <param name="Fingerprint">Of the inputs named when the node was listed.</param>
/// <param name="AlsoRead">Source files the node read while rendering (an article's link targets).</param>
/// <param name="AlsoReadHash">Their hashes then, as one hash.</param>
/// <param name="OutputHash">SHA-256 of the bytes written.</param>
public sealed record ManifestEntry(string Fingerprint, ImmutableArray<string> AlsoRead, string AlsoReadHash, string OutputHash, long Size);

/// <summary>
/// The engine's record of the last good build (in .cache/engine/ of the site folder): every output
/// file with the fingerprint of its inputs and the hash of its bytes; the hash of all sources and
/// the settings, so a build with nothing changed can stop at once; and what that build reported.
/// </summary>
public sealed record Manifest(
    string OutputFolder,
    string Settings,
    string Sources,
    ImmutableSortedDictionary<string, ManifestEntry> Files,
    ImmutableSortedDictionary<string, int> PagesPerLanguage,
    ImmutableArray<BuildError> Warnings,
    ImmutableDictionary<string, CachedWarnings> BodyWarnings)
{
    private const string Header = "zonereport-manifest 1";

    public static string PathIn(string cacheFolder) => Path.Combine(cacheFolder, "manifest.tsv");

    /// <summary>The manifest, or null when there is none or it cannot be read (then everything is built).</summary>
    public static Manifest? Load(string cacheFolder)
    {
        var path = PathIn(cacheFolder);
        if (!File.Exists(path)) return null;
        try
        {
            using var reader = new StreamReader(path, Encoding.UTF8);
            if (reader.ReadLine() != Header) return null;
            var output = reader.ReadLine()!;
            var settings = reader.ReadLine()!;
            var sources = reader.ReadLine()!;
            var extra = JsonSerializer.Deserialize<Extra>(reader.ReadLine()!)!;
            var files = ImmutableSortedDictionary.CreateBuilder<string, ManifestEntry>(StringComparer.Ordinal);
            while (reader.ReadLine() is { } line)
            {
                var f = line.Split('\t');
                var alsoRead = f[2].Length == 0 ? ImmutableArray<string>.Empty : f[2].Split('|').ToImmutableArray();
                files[f[0]] = new ManifestEntry(f[1], alsoRead, f[3], f[4], long.Parse(f[5], CultureInfo.InvariantCulture));
            }

            return new Manifest(output, settings, sources, files.ToImmutable(),
                extra.Pages.ToImmutableSortedDictionary(StringComparer.Ordinal), [.. extra.Warnings],
                extra.BodyWarnings.ToImmutableDictionary(StringComparer.Ordinal));
        }
        catch (Exception e) when (e is IOException or FormatException or JsonException or IndexOutOfRangeException or NullReferenceException or ArgumentException)
        {
            return null; // a damaged manifest costs a full build, never a wrong one
        }
    }

    /// <summary>The output folder the recorded build published to (null when there is no readable manifest), read from its first lines.</summary>
    public static string? OutputFolderOf(string cacheFolder)
    {
        var path = PathIn(cacheFolder);
        if (!File.Exists(path)) return null;
        try
        {
            using var reader = new StreamReader(path, Encoding.UTF8);
            return reader.ReadLine() == Header ? reader.ReadLine() : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Deletes the manifest and its summary (<see cref="BuildSummary"/>): the next build reads the output afresh.</summary>
    public static void Delete(string cacheFolder)
    {
        BuildSummary.Delete(cacheFolder);
        if (File.Exists(PathIn(cacheFolder))) File.Delete(PathIn(cacheFolder));
    }

    public void Save(string cacheFolder) => SaveAs(PathIn(cacheFolder));

    public void SaveAs(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var text = new StringBuilder();
        text.Append(Header).Append('\n').Append(OutputFolder).Append('\n').Append(Settings).Append('\n').Append(Sources).Append('\n');
        text.Append(JsonSerializer.Serialize(new Extra(PagesPerLanguage.ToDictionary(), [.. Warnings], BodyWarnings.ToDictionary()))).Append('\n');
        foreach (var (file, e) in Files)
        {
            text.Append(file).Append('\t').Append(e.Fingerprint).Append('\t').Append(string.Join('|', e.AlsoRead)).Append('\t')
                .Append(e.AlsoReadHash).Append('\t').Append(e.OutputHash).Append('\t').Append(e.Size.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        AtomicFile.Write(path, Encoding.UTF8.GetBytes(text.ToString()));
    }

    private sealed record Extra(Dictionary<string, int> Pages, List<BuildError> Warnings, Dictionary<string, CachedWarnings> BodyWarnings);
}

/// <summary>The warnings a check of a source file gave, and the file's hash then: valid while the hash is the same.</summary>
public sealed record CachedWarnings(string Hash, ImmutableArray<BuildError> Warnings);
