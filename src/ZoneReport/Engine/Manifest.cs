using System.Collections.Immutable;
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
/// Kept in a compact binary form (<see cref="CacheFile"/>): tens of thousands of entries are
/// read and written in a few tens of milliseconds.
/// </summary>
public sealed record Manifest(
    string OutputFolder,
    string Settings,
    string Sources,
    IReadOnlyDictionary<string, ManifestEntry> Files,
    ImmutableSortedDictionary<string, int> PagesPerLanguage,
    ImmutableArray<BuildError> Warnings,
    IReadOnlyDictionary<string, CachedWarnings> BodyWarnings)
{
    private static ReadOnlySpan<byte> Kind => "ZRMF"u8;
    private const string Version = "4";

    /// <summary>
    /// The hash then of every file named in <see cref="ManifestEntry.AlsoRead"/>: the next build finds
    /// which of these files changed once per file, and looks at no entry's hash when none did.
    /// </summary>
    public IReadOnlyDictionary<string, string> ReadHashes { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The recorded files seen as the files of a tree (hash and size), without copying them.</summary>
    public IReadOnlyDictionary<string, TreeFile> Tree => new TreeFiles(Files);

    public static string PathIn(string cacheFolder) => Path.Combine(cacheFolder, "manifest.bin");

    /// <summary>The manifest, or null when there is none or it cannot be read (then everything is built).</summary>
    public static Manifest? Load(string cacheFolder) => CacheFile.Load(PathIn(cacheFolder), Kind, Version, Read);

    private static Manifest? Read(CacheReader reader)
    {
        // It begins as the build summary does: the same fields, written by the same code.
        var summary = BuildSummary.Read(reader);
        var bodies = new Dictionary<string, CachedWarnings>(StringComparer.Ordinal);
        for (var i = reader.Count(); i > 0; i--)
        {
            var file = reader.String();
            bodies[file] = new CachedWarnings(reader.HashText(), CachedParts.ReadList(reader, BuildSummary.ReadError));
        }

        var names = new string[reader.Count()];
        var readHashes = new Dictionary<string, string>(names.Length, StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = reader.String();
            readHashes[names[i]] = reader.HashText();
        }
        var count = reader.Count();
        if (count != summary.FileCount) throw new InvalidDataException("the manifest holds another number of files than it says");
        var files = new Dictionary<string, ManifestEntry>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var file = reader.String();
            var fingerprint = reader.HashText();
            var alsoRead = ImmutableArray<string>.Empty;
            if (reader.Count() is var links and > 0)
            {
                var read = new string[links];
                for (var j = 0; j < links; j++) read[j] = reader.Int() is var at && (uint)at < (uint)names.Length ? names[at] : throw new InvalidDataException("a name is out of range");
                alsoRead = ImmutableArray.Create(read);
            }

            files[file] = new ManifestEntry(fingerprint, alsoRead, reader.HashText(), reader.HashText(), reader.Long());
        }

        return reader.AtEnd
            ? new Manifest(summary.OutputFolder, summary.Settings, summary.Sources, files, summary.PagesPerLanguage, summary.Warnings, bodies) { ReadHashes = readHashes }
            : null;
    }

    /// <summary>The output folder the recorded build published to (null when there is no readable manifest), read from its summary.</summary>
    public static string? OutputFolderOf(string cacheFolder) =>
        CacheFile.Load(PathIn(cacheFolder), Kind, Version, BuildSummary.Read)?.OutputFolder;

    /// <summary>Deletes the manifest and its summary (<see cref="BuildSummary"/>): the next build reads the output afresh.</summary>
    public static void Delete(string cacheFolder)
    {
        BuildSummary.Delete(cacheFolder);
        // The text records of earlier versions (tens of megabytes at archive scale) go with it.
        foreach (var file in new[] { PathIn(cacheFolder), Path.Combine(cacheFolder, "manifest.tsv"), Path.Combine(cacheFolder, "back.tsv") })
        {
            if (File.Exists(file)) File.Delete(file);
        }
    }

    public void Save(string cacheFolder) => SaveAs(PathIn(cacheFolder));

    public void SaveAs(string path)
    {
        var writer = CacheFile.Start(Kind, Version, Files.Count * 160 + 4096);
        BuildSummary.Of(this).Write(writer);
        writer.Int(BodyWarnings.Count);
        foreach (var (file, cached) in BodyWarnings)
        {
            writer.String(file);
            writer.HashText(cached.Hash);
            CachedParts.WriteList(writer, cached.Warnings, BuildSummary.WriteError);
        }

        // The files read while rendering are few and shared by many pages: each name is written once.
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in Files.Values)
        {
            foreach (var name in entry.AlsoRead) names.TryAdd(name, names.Count);
        }

        writer.Int(names.Count);
        foreach (var name in names.Keys)
        {
            writer.String(name);
            // A file without a recorded hash is written with none: the next build counts it as changed.
            writer.HashText(ReadHashes.GetValueOrDefault(name, ""));
        }
        writer.Int(Files.Count);
        foreach (var (file, e) in Files)
        {
            writer.String(file);
            writer.HashText(e.Fingerprint);
            writer.Int(e.AlsoRead.Length);
            foreach (var name in e.AlsoRead) writer.Int(names[name]);
            writer.HashText(e.AlsoReadHash);
            writer.HashText(e.OutputHash);
            writer.Long(e.Size);
        }

        CacheFile.Save(path, writer);
    }
}

/// <summary>The warnings a check of a source file gave, and the file's hash then: valid while the hash is the same.</summary>
public sealed record CachedWarnings(string Hash, ImmutableArray<BuildError> Warnings);
