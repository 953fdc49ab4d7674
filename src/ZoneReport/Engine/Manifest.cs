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
/// Kept in a compact binary form (<see cref="StateWriter"/>): tens of thousands of entries are
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
    private const string Header = "zonereport-manifest 2";

    /// <summary>The recorded files seen as the files of a tree (hash and size), without copying them.</summary>
    public IReadOnlyDictionary<string, TreeFile> Tree => new TreeFiles(Files);

    public static string PathIn(string cacheFolder) => Path.Combine(cacheFolder, "manifest.bin");

    /// <summary>The manifest, or null when there is none or it cannot be read (then everything is built).</summary>
    public static Manifest? Load(string cacheFolder)
    {
        var path = PathIn(cacheFolder);
        if (!File.Exists(path)) return null;
        try
        {
            return Read(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException or ArgumentException)
        {
            return null; // a damaged manifest costs a full build, never a wrong one
        }
    }

    private static Manifest? Read(ReadOnlySpan<byte> bytes)
    {
        var reader = new StateReader(bytes);
        if (reader.String() != Header) return null;
        var output = reader.String();
        var settings = reader.String();
        var sources = reader.String();
        var pages = ImmutableSortedDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        for (var i = reader.Count(); i > 0; i--) pages[reader.String()] = (int)reader.Int();
        var warnings = ReadErrors(ref reader);
        var bodyCount = reader.Count();
        var bodies = new Dictionary<string, CachedWarnings>(bodyCount, StringComparer.Ordinal);
        for (var i = bodyCount; i > 0; i--) bodies[reader.String()] = new CachedWarnings(reader.Hash(), ReadErrors(ref reader));
        var names = new string[reader.Count()];
        for (var i = 0; i < names.Length; i++) names[i] = reader.String();
        var count = reader.Count();
        var files = new Dictionary<string, ManifestEntry>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var file = reader.String();
            var fingerprint = reader.Hash();
            var alsoRead = ImmutableArray<string>.Empty;
            if (reader.Count() is var links and > 0)
            {
                var read = new string[links];
                for (var j = 0; j < links; j++) read[j] = names[reader.Int()];
                alsoRead = ImmutableArray.Create(read);
            }

            files[file] = new ManifestEntry(fingerprint, alsoRead, reader.Hash(), reader.Hash(), reader.Int());
        }

        if (!reader.AtEnd) throw new FormatException("the manifest goes on after its last entry");
        return new Manifest(output, settings, sources, files, pages.ToImmutable(), warnings, bodies);
    }

    /// <summary>The output folder the recorded build published to (null when there is no readable manifest), read from its first lines.</summary>
    public static string? OutputFolderOf(string cacheFolder)
    {
        var path = PathIn(cacheFolder);
        if (!File.Exists(path)) return null;
        try
        {
            var start = new byte[64 * 1024];
            int length;
            using (var stream = File.OpenRead(path)) length = stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
            var reader = new StateReader(start.AsSpan(0, length));
            return reader.String() == Header ? reader.String() : null;
        }
        catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
        {
            return null;
        }
    }

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
        var writer = new StateWriter(Files.Count * 160 + 4096);
        writer.String(Header);
        writer.String(OutputFolder);
        writer.String(Settings);
        writer.String(Sources);
        writer.Int(PagesPerLanguage.Count);
        foreach (var (language, count) in PagesPerLanguage)
        {
            writer.String(language);
            writer.Int(count);
        }

        WriteErrors(writer, Warnings);
        writer.Int(BodyWarnings.Count);
        foreach (var (file, cached) in BodyWarnings)
        {
            writer.String(file);
            writer.Hash(cached.Hash);
            WriteErrors(writer, cached.Warnings);
        }

        // The files read while rendering are few and shared by many pages: each name is written once.
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in Files.Values)
        {
            foreach (var name in entry.AlsoRead) names.TryAdd(name, names.Count);
        }

        writer.Int(names.Count);
        foreach (var name in names.Keys) writer.String(name);
        writer.Int(Files.Count);
        foreach (var (file, e) in Files)
        {
            writer.String(file);
            writer.Hash(e.Fingerprint);
            writer.Int(e.AlsoRead.Length);
            foreach (var name in e.AlsoRead) writer.Int(names[name]);
            writer.Hash(e.AlsoReadHash);
            writer.Hash(e.OutputHash);
            writer.Int(e.Size);
        }

        writer.Save(path);
    }

    private static void WriteErrors(StateWriter writer, ImmutableArray<BuildError> errors)
    {
        writer.Int(errors.IsDefault ? 0 : errors.Length);
        foreach (var error in errors.IsDefault ? [] : errors)
        {
            WriteLocation(writer, error.Location);
            writer.String(error.Message);
            writer.String(error.Hint);
            writer.Int(error.Context is null ? 0 : 1);
            if (error.Context is not null) writer.String(error.Context);
            writer.Int(error.Count);
            writer.Int(error.AlsoAt.IsDefault ? 0 : error.AlsoAt.Length);
            foreach (var location in error.AlsoAt.IsDefault ? [] : error.AlsoAt) WriteLocation(writer, location);
        }
    }

    private static void WriteLocation(StateWriter writer, SourceLocation location)
    {
        writer.String(location.File);
        writer.Int(location.Line);
        writer.Int(location.Column);
    }

    private static ImmutableArray<BuildError> ReadErrors(ref StateReader reader)
    {
        var count = reader.Count();
        if (count == 0) return [];
        var errors = ImmutableArray.CreateBuilder<BuildError>(count);
        for (var i = 0; i < count; i++)
        {
            var location = ReadLocation(ref reader);
            var message = reader.String();
            var hint = reader.String();
            var context = reader.Int() == 1 ? reader.String() : null;
            var times = (int)reader.Int();
            var also = ImmutableArray.CreateBuilder<SourceLocation>();
            for (var j = reader.Count(); j > 0; j--) also.Add(ReadLocation(ref reader));
            errors.Add(new BuildError(location, message, hint) { Context = context, Count = times, AlsoAt = also.ToImmutable() });
        }

        return errors.MoveToImmutable();
    }

    private static SourceLocation ReadLocation(ref StateReader reader) => new(reader.String(), (int)reader.Int(), (int)reader.Int());
}

/// <summary>The warnings a check of a source file gave, and the file's hash then: valid while the hash is the same.</summary>
public sealed record CachedWarnings(string Hash, ImmutableArray<BuildError> Warnings);
