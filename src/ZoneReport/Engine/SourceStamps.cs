using System.Globalization;
using System.Text;

namespace ZoneReport.Engine;

/// <summary>
/// The hashes of the last build's source files with the stamp (size, times, inode) each file had
/// when it was read, kept in .cache/engine/sources.tsv: a file whose stamp is the same is not read
/// and hashed again. Correctness comes first:
/// <list type="bullet">
/// <item>A file written in the same moment it was read could change again without its stamp showing
/// it. So a stamp counts only when the file's times are older than the moment the build began to
/// read by more than the file system's timestamp granularity (<see cref="IsSettled"/>); a younger
/// file is read again by the next build as well.</item>
/// <item>The change time (ctime) cannot be set back by tools that restore a modification time
/// (touch -d, cp -p, tar, rsync), and a file replaced by renaming a new one over it (as editors save)
/// has another inode: either shows.</item>
/// <item>A missing, damaged or foreign record costs reading every file once, never a wrong hash.</item>
/// </list>
/// Where stamps cannot be read (not Linux), every file is read and hashed.
/// </summary>
public sealed class SourceStamps
{
    private const string Header = "zonereport-source-stamps 1";

    /// <summary>How much older than the start of reading a file's times must be for its stamp to be trusted, where times are kept to the second or coarser.</summary>
    public static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The same where times are kept to the nanosecond: Linux stamps files with its coarse clock,
    /// which lags the true time by one tick at most (1-10 ms, by the kernel's HZ), so a change made
    /// after a stamp was taken bears a later time once the stamp is this much older than that moment.
    /// </summary>
    public static readonly TimeSpan FineSettleTime = TimeSpan.FromMilliseconds(30);

    /// <summary>
    /// Whether a stamp taken at <paramref name="takenAt"/> (nanoseconds since 1970) vouches for the file:
    /// its times are older than that by more than the granularity of the times. Times with a part of a
    /// second in both (ext4, XFS, Btrfs, tmpfs) are fine-grained, and <see cref="FineSettleTime"/> will
    /// do; whole seconds (ext3, FAT, HFS+, some network file systems) need <see cref="SettleTime"/>.
    /// A fine-grained file that happens to bear a whole second is taken as coarse: it is only read again.
    /// </summary>
    /// <param name="settleTime">One window for every stamp, whatever its times (tests); null for the rule above.</param>
    public static bool IsSettled(FileStamp stamp, long takenAt, TimeSpan? settleTime = null)
    {
        var window = (settleTime ?? (IsFineGrained(stamp) ? FineSettleTime : SettleTime)).Ticks * 100;
        return stamp.Modified < takenAt - window && stamp.Changed < takenAt - window;
    }

    /// <summary>Whether both of the stamp's times hold a part of a second (then the file system keeps them finer than seconds).</summary>
    public static bool IsFineGrained(FileStamp stamp) => stamp.Modified % 1_000_000_000 != 0 && stamp.Changed % 1_000_000_000 != 0;

    private readonly Dictionary<string, (FileStamp Stamp, string Hash)> _known;

    private SourceStamps(Dictionary<string, (FileStamp, string)> known) => _known = known;

    public static SourceStamps None => new(new Dictionary<string, (FileStamp, string)>(StringComparer.Ordinal));

    public static bool Supported => Posix.IsLinux;

    public int Count => _known.Count;

    /// <summary>The record in <paramref name="path"/>, or none when it is missing or cannot be read.</summary>
    public static SourceStamps Load(string path)
    {
        var known = new Dictionary<string, (FileStamp, string)>(StringComparer.Ordinal);
        if (!Supported || !File.Exists(path)) return new SourceStamps(known);
        try
        {
            using var reader = new StreamReader(path, Encoding.UTF8);
            if (reader.ReadLine() != Header) return None;
            while (reader.ReadLine() is { } line)
            {
                var f = line.Split('\t');
                if (f.Length != 6 || f[5].Length != 64) return None;
                var stamp = new FileStamp(Number(f[1]), Number(f[2]), Number(f[3]), ulong.Parse(f[4], CultureInfo.InvariantCulture));
                known[f[0]] = (stamp, f[5]);
            }

            return new SourceStamps(known);
        }
        catch (Exception e) when (e is IOException or FormatException or OverflowException or UnauthorizedAccessException)
        {
            return None; // every file is read again
        }

        static long Number(string text) => long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
    }

    /// <summary>The hash recorded for a file whose stamp is still <paramref name="stamp"/>, or null.</summary>
    public string? HashOf(string path, FileStamp stamp) =>
        _known.TryGetValue(path, out var known) && known.Stamp == stamp ? known.Hash : null;

    /// <summary>
    /// The record of this build's reads: the files whose stamps had settled at <paramref name="readingStarted"/>
    /// (nanoseconds since 1970, by the system clock the file system stamps times with; see <see cref="IsSettled"/>).
    /// </summary>
    public static SourceStamps Of(IEnumerable<(string Path, FileStamp? Stamp, string Hash)> files, long readingStarted, TimeSpan? settleTime = null)
    {
        var known = new Dictionary<string, (FileStamp, string)>(StringComparer.Ordinal);
        foreach (var (path, stamp, hash) in files)
        {
            if (stamp is { } s && IsSettled(s, readingStarted, settleTime) && hash.Length == 64) known[path] = (s, hash);
        }

        return new SourceStamps(known);
    }

    public bool SameAs(SourceStamps other) =>
        _known.Count == other._known.Count && _known.All(k => other._known.TryGetValue(k.Key, out var o) && o == k.Value);

    public void Save(string path)
    {
        var text = new StringBuilder(_known.Count * 160).Append(Header).Append('\n');
        foreach (var (file, (s, hash)) in _known.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            text.Append(file).Append('\t').Append(s.Size.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(s.Modified.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(s.Changed.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(s.Inode.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(hash).Append('\n');
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        AtomicFile.Write(path, Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>The system clock now, in the stamps' unit.</summary>
    public static long Now() => (DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100;
}
