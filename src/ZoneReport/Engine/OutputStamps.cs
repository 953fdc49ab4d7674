using System.Collections.Immutable;
using System.Text;
using ZoneReport.Threading;

namespace ZoneReport.Engine;

/// <summary>
/// The published files as the last good build left them: for each, its stamp (size, times, inode)
/// taken after publishing and the SHA-256 of the bytes written, in .cache/engine/output-stamps.bin.
/// With it a build finds output files deleted or changed by hand without reading them: a file whose
/// stamp is the same has not been touched since (in-place edits change the times, tools that restore
/// the modification time cannot restore the change time, a file saved by renaming has another
/// inode); only a file whose stamp differs is read, and counts as damaged when its bytes differ.
/// A stamp taken within <see cref="SourceStamps.SettleTime"/> of the file's last change does not
/// vouch for it (a change in the same clock tick would not show): such a file is read each time.
/// </summary>
public sealed class OutputStamps
{
    private const string Header = "zonereport-output-stamps 1";

    private readonly Dictionary<string, Entry> _files;

    private OutputStamps(Dictionary<string, Entry> files) => _files = files;

    private readonly record struct Entry(FileStamp Stamp, bool Settled, string Hash);

    public static string PathIn(string stateFolder) => Path.Combine(stateFolder, "output-stamps.bin");

    public static bool Supported => Posix.IsLinux;

    public int Count => _files.Count;

    /// <summary>Stamps every file of <paramref name="files"/> as it is now in <paramref name="outputFolder"/>.</summary>
    public static OutputStamps Take(string outputFolder, IReadOnlyDictionary<string, TreeFile> files, TimeSpan? settleTime = null)
    {
        var started = SourceStamps.Now();
        var settle = (settleTime ?? SourceStamps.SettleTime).Ticks * 100;
        var paths = files.Keys.ToList();
        var stamps = InParallel.Map(paths, path => Posix.Stamp(Path.Combine(outputFolder, path)));
        var builder = new Dictionary<string, Entry>(StringComparer.Ordinal);
        for (var i = 0; i < paths.Count; i++)
        {
            if (stamps[i] is not { } stamp) continue; // not there: read (and found missing) next time
            var settled = stamp.Modified < started - settle && stamp.Changed < started - settle;
            builder[paths[i]] = new Entry(stamp, settled, files[paths[i]].Hash);
        }

        return new OutputStamps(builder);
    }

    /// <summary>
    /// The files of <paramref name="expected"/> (path → hash of the bytes it must hold; the record's
    /// own hashes when null) that are missing from <paramref name="outputFolder"/> or hold other bytes.
    /// </summary>
    public ImmutableHashSet<string> Damaged(string outputFolder, IReadOnlyDictionary<string, string>? expected = null)
    {
        var wanted = expected?.ToList() ?? _files.Select(f => KeyValuePair.Create(f.Key, f.Value.Hash)).ToList();
        var damaged = InParallel.Map(wanted, want =>
        {
            var full = Path.Combine(outputFolder, want.Key);
            var stamp = Posix.Stamp(full);
            if (stamp is null) return true;
            if (_files.TryGetValue(want.Key, out var known) && known.Settled && known.Stamp == stamp && known.Hash == want.Value) return false;
            return SourceHashes.Hash(full) != want.Value;
        });
        return wanted.Where((_, i) => damaged[i]).Select(w => w.Key).ToImmutableHashSet(StringComparer.Ordinal);
    }

    public void Save(string stateFolder)
    {
        using var memory = new MemoryStream();
        using (var writer = new BinaryWriter(memory, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Header);
            writer.Write(_files.Count);
            foreach (var (path, entry) in _files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                writer.Write(path);
                writer.Write(entry.Stamp.Size);
                writer.Write(entry.Stamp.Modified);
                writer.Write(entry.Stamp.Changed);
                writer.Write(entry.Stamp.Inode);
                writer.Write(entry.Settled);
                writer.Write(Convert.FromHexString(entry.Hash));
            }
        }

        Directory.CreateDirectory(stateFolder);
        AtomicFile.Write(PathIn(stateFolder), memory.ToArray());
    }

    /// <summary>The record, or null when there is none or it cannot be read (then the caller checks the output another way).</summary>
    public static OutputStamps? Load(string stateFolder)
    {
        var path = PathIn(stateFolder);
        if (!Supported || !File.Exists(path)) return null;
        try
        {
            using var reader = new BinaryReader(new MemoryStream(File.ReadAllBytes(path)), Encoding.UTF8);
            if (reader.ReadString() != Header) return null;
            var count = reader.ReadInt32();
            if (count < 0) return null;
            var builder = new Dictionary<string, Entry>(StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var file = reader.ReadString();
                var stamp = new FileStamp(reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt64(), reader.ReadUInt64());
                var settled = reader.ReadBoolean();
                var hash = reader.ReadBytes(32);
                if (hash.Length != 32) return null;
                builder[file] = new Entry(stamp, settled, Convert.ToHexStringLower(hash));
            }

            return reader.BaseStream.Position == reader.BaseStream.Length ? new OutputStamps(builder) : null;
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or FormatException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    public static void Delete(string stateFolder)
    {
        if (File.Exists(PathIn(stateFolder))) File.Delete(PathIn(stateFolder));
    }
}
