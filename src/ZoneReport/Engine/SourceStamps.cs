using System.Globalization;
using System.Text;

namespace ZoneReport.Engine;

/// <summary>
/// The hashes of the last build's source files with the stamp (size, times, inode) each file had
/// when it was read, kept in .cache/engine/sources.tsv: a file whose stamp is the same is not read
/// and hashed again. Correctness comes first:
/// <list type="bullet">
/// <item>A file written in the same moment it was read could change again without its stamp showing
/// it (file systems keep times to a second or coarser; the kernel's clock ticks in milliseconds). So
/// a stamp counts only when the file's times are at least <see cref="SettleTime"/> older than the
/// moment the build began to read; a younger file is read again by the next build as well.</item>
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

    /// <summary>How much older than the start of reading a file's times must be for its stamp to be trusted.</summary>
    public static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(2);

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
    /// The record of this build's reads: the files whose stamps were <paramref name="settleTime"/> old at <paramref name="readingStarted"/>
    /// (nanoseconds since 1970, by the system clock the file system stamps times with).
    /// </summary>
    public static SourceStamps Of(IEnumerable<(string Path, FileStamp? Stamp, string Hash)> files, long readingStarted, TimeSpan settleTime)
    {
        var settled = readingStarted - settleTime.Ticks * 100;
        var known = new Dictionary<string, (FileStamp, string)>(StringComparer.Ordinal);
        foreach (var (path, stamp, hash) in files)
        {
            if (stamp is { } s && s.Modified < settled && s.Changed < settled && hash.Length == 64) known[path] = (s, hash);
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
