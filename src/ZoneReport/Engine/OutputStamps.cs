using System.Collections.Immutable;
using System.Text;
using ZoneReport.Threading;

namespace ZoneReport.Engine;

/// <summary>
/// The published files as the last good build left them: for each, its stamp (size, times, inode)
/// taken after publishing and the SHA-256 of the bytes written, in .cache/engine/output-stamps.bin;
/// and the stamp of every folder of the tree. With it a build finds output files deleted or changed
/// by hand without reading them: a file whose stamp is the same has not been touched since (in-place
/// edits change the times, tools that restore the modification time cannot restore the change time,
/// a file saved by renaming has another inode); only a file whose stamp differs is read, and counts
/// as damaged when its bytes differ. A folder whose stamp differs had a name added, removed or
/// renamed: only such folders are listed to find files added by hand (<see cref="Added"/>).
/// A stamp taken within the file system's timestamp granularity of the last change does not vouch for
/// it (a change in the same clock tick would not show, <see cref="SourceStamps.IsSettled"/>): such a
/// file is read each time.
/// Files are looked at with one statx each, in parallel, their paths put together in bytes; a build
/// with nothing changed does not look at the folders.
/// </summary>
public sealed partial class OutputStamps
{
    private static ReadOnlySpan<byte> Kind => "ZROS"u8;
    private const string Version = "3";

    private readonly Folder[] _folders;

    private OutputStamps(Folder[] folders) => _folders = folders;

    /// <param name="Path">Relative to the output folder, '/' separators; "" for the output folder itself.</param>
    private sealed record Folder(string Path, FileStamp? Stamp, bool Settled, Entry[] Files);

    /// <param name="Name">The bare file name as UTF-8 with a closing zero byte, as statx takes it.</param>
    private readonly record struct Entry(string Name, byte[] NameZ, FileStamp Stamp, bool Settled, byte[] Hash);

    /// <summary>What a check of the output found.</summary>
    /// <param name="Damaged">Files missing or holding other bytes than expected.</param>
    /// <param name="ChangedFolders">Folders with a name added, removed or renamed since the record (or missing).</param>
    public sealed record Check(ImmutableHashSet<string> Damaged, ImmutableArray<string> ChangedFolders);

    /// <summary>A record of nothing: its check reads every file expected.</summary>
    public static OutputStamps None => new([]);

    public static string PathIn(string stateFolder) => Path.Combine(stateFolder, "output-stamps.bin");

    public static bool Supported => Posix.IsLinux;

    public int Count => _folders.Sum(f => f.Files.Length);

    /// <summary>Every folder of the recorded tree (relative, "" for the root).</summary>
    public IEnumerable<string> Folders => _folders.Select(f => f.Path);

    /// <summary>Whether every stamp was old enough to be trusted when it was taken (else the check reads those files).</summary>
    public bool Settled => _folders.All(f => f.Settled && f.Files.All(e => e.Settled));

    /// <summary>
    /// The files of <paramref name="expected"/> (the record's own when null) that are missing from
    /// <paramref name="outputFolder"/> or hold other bytes, and the folders whose names changed.
    /// </summary>
    public Check Examine(string outputFolder, IReadOnlyDictionary<string, TreeFile>? expected = null, bool folders = true)
    {
        var results = InParallel.Map(_folders, folder =>
        {
            var damaged = new List<string>();
            var seen = 0;
            var full = Path.Combine(outputFolder, folder.Path);
            var changed = folders && (!folder.Settled || Posix.Stamp(full) != folder.Stamp);
            // Each file is looked at by its full path, put together in bytes: one statx, no string per file.
            var prefix = Encoding.UTF8.GetBytes(full.EndsWith('/') ? full : full + "/");
            Span<byte> path = stackalloc byte[1024];
            foreach (var file in folder.Files)
            {
                string Full() => folder.Path.Length == 0 ? file.Name : $"{folder.Path}/{file.Name}";
                string? want = null;
                if (expected is not null)
                {
                    if (!expected.TryGetValue(Full(), out var wanted)) continue;
                    want = wanted.Hash;
                    seen++;
                }

                FileStamp? stamp;
                if (prefix.Length + file.NameZ.Length <= path.Length)
                {
                    prefix.CopyTo(path);
                    file.NameZ.CopyTo(path[prefix.Length..]);
                    stamp = Posix.Stamp(path[..(prefix.Length + file.NameZ.Length)]);
                }
                else
                {
                    stamp = Posix.Stamp(Path.Combine(outputFolder, Full()));
                }

                if (stamp is null) damaged.Add(Full());
                else if (!file.Settled || stamp != file.Stamp || (want is not null && !Same(file.Hash, want)))
                {
                    if (SourceHashes.Hash(Path.Combine(outputFolder, Full())) != (want ?? Convert.ToHexStringLower(file.Hash))) damaged.Add(Full());
                }
            }

            return (Damaged: damaged, Seen: seen, Changed: changed ? folder.Path : null);
        });

        var all = results.SelectMany(r => r.Damaged).ToHashSet(StringComparer.Ordinal);
        if (expected is not null && results.Sum(r => r.Seen) < expected.Count)
        {
            // Files expected that the record does not know: each is read.
            var recorded = _folders.SelectMany(f => f.Files.Select(e => f.Path.Length == 0 ? e.Name : $"{f.Path}/{e.Name}")).ToHashSet(StringComparer.Ordinal);
            foreach (var (path, file) in expected)
            {
                if (!recorded.Contains(path) && SourceHashes.Hash(Path.Combine(outputFolder, path)) != file.Hash) all.Add(path);
            }
        }

        return new Check(all.ToImmutableHashSet(StringComparer.Ordinal), [.. results.Where(r => r.Changed is not null).Select(r => r.Changed!)]);
    }

    /// <summary>The files of <paramref name="expected"/> that are missing or hold other bytes (the record's own files when null).</summary>
    public ImmutableHashSet<string> Damaged(string outputFolder, IReadOnlyDictionary<string, TreeFile>? expected = null) =>
        Examine(outputFolder, expected).Damaged;

    /// <summary>
    /// Files and folders found in the changed folders that neither <paramref name="expected"/> nor
    /// the recorded tree holds: added by hand (relative paths; a folder stands for all it holds).
    /// </summary>
    public ImmutableArray<string> Added(string outputFolder, IEnumerable<string> changedFolders, IReadOnlyDictionary<string, TreeFile> expected)
    {
        var folders = _folders.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var added = ImmutableArray.CreateBuilder<string>();
        foreach (var folder in changedFolders.Order(StringComparer.Ordinal))
        {
            var full = Path.Combine(outputFolder, folder);
            if (!Directory.Exists(full)) continue;
            foreach (var entry in new DirectoryInfo(full).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                var path = folder.Length == 0 ? entry.Name : $"{folder}/{entry.Name}";
                var known = entry is DirectoryInfo && !entry.Attributes.HasFlag(FileAttributes.ReparsePoint) ? folders.Contains(path) : expected.ContainsKey(path);
                if (!known) added.Add(path);
            }
        }

        return added.ToImmutable();
    }

    private static bool Same(byte[] hash, string hex)
    {
        Span<byte> bytes = stackalloc byte[32];
        return hex.Length == 64 && Convert.FromHexString(hex, bytes, out _, out _) == System.Buffers.OperationStatus.Done && bytes.SequenceEqual(hash);
    }

    private static byte[] Zero(string name)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(name) + 1];
        Encoding.UTF8.GetBytes(name, bytes);
        return bytes;
    }

    public void Save(string stateFolder)
    {
        var writer = CacheFile.Start(Kind, Version, Count * 100 + 1024);
        writer.Int(_folders.Length);
        foreach (var folder in _folders)
        {
            writer.String(folder.Path);
            WriteStamp(writer, folder.Stamp ?? default);
            writer.Int(folder.Stamp is null ? 2 : folder.Settled ? 1 : 0);
            writer.Int(folder.Files.Length);
            foreach (var file in folder.Files)
            {
                writer.String(file.Name);
                WriteStamp(writer, file.Stamp);
                writer.Bool(file.Settled);
                writer.HashBytes(file.Hash);
            }
        }

        CacheFile.Save(PathIn(stateFolder), writer);
    }

    private static void WriteStamp(CacheWriter writer, FileStamp stamp)
    {
        writer.Long(stamp.Size);
        writer.Long(stamp.Modified);
        writer.Long(stamp.Changed);
        writer.Long((long)stamp.Inode);
    }

    private static FileStamp ReadStamp(CacheReader reader) => new(reader.Long(), reader.Long(), reader.Long(), (ulong)reader.Long());

    /// <summary>The record, or null when there is none or it cannot be read (then the caller checks the output another way).</summary>
    public static OutputStamps? Load(string stateFolder) => Supported ? CacheFile.Load(PathIn(stateFolder), Kind, Version, Read) : null;

    /// <summary>The record of the tree now in the back (the one the published tree replaced), kept to bring up to date when it is published again.</summary>
    public static OutputStamps? LoadBack(string stateFolder) => Supported ? CacheFile.Load(BackPathIn(stateFolder), Kind, Version, Read) : null;

    private static string BackPathIn(string stateFolder) => Path.Combine(stateFolder, "output-stamps.back.bin");

    /// <summary>After an exchange: the record of the tree that was published becomes the back tree's.</summary>
    public static void KeepAsBack(string stateFolder)
    {
        if (File.Exists(PathIn(stateFolder))) File.Move(PathIn(stateFolder), BackPathIn(stateFolder), overwrite: true);
        else ForgetBack(stateFolder);
    }

    /// <summary>The back tree's record no longer holds (a clean build made the trees anew).</summary>
    public static void ForgetBack(string stateFolder)
    {
        if (File.Exists(BackPathIn(stateFolder))) File.Delete(BackPathIn(stateFolder));
    }

    private static OutputStamps? Read(CacheReader reader)
    {
        var folders = new Folder[reader.Count()];
        for (var i = 0; i < folders.Length; i++)
        {
            var folder = reader.String();
            var stamp = ReadStamp(reader);
            var state = reader.Int();
            var files = new Entry[reader.Count()];
            for (var j = 0; j < files.Length; j++)
            {
                var name = reader.String();
                var fileStamp = ReadStamp(reader);
                var settled = reader.Bool();
                files[j] = new Entry(name, Zero(name), fileStamp, settled, reader.HashBytes().ToArray());
            }

            folders[i] = new Folder(folder, state == 2 ? null : stamp, state == 1, files);
        }

        return reader.AtEnd ? new OutputStamps(folders) : null;
    }

    public static void Delete(string stateFolder)
    {
        if (File.Exists(PathIn(stateFolder))) File.Delete(PathIn(stateFolder));
    }
}
