using System.Runtime.InteropServices;

namespace ZoneReport.Engine;

/// <summary>A file's size, modification and change times (nanoseconds since 1970) and inode number.</summary>
public readonly record struct FileStamp(long Size, long Modified, long Changed, ulong Inode);

/// <summary>The few Linux calls .NET does not offer: exchanging two folders in one step, hard links, inode numbers, change times.</summary>
internal static partial class Posix
{
    private const int AtCurrentFolder = -100;
    private const uint RenameExchange = 2;

    public static bool IsLinux => OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64;

    public const int NotPermitted = 1, NoEntry = 2, AccessDenied = 13, InvalidArgument = 22, NoSuchCall = 38;

    /// <summary>Swaps two folders atomically: whoever looks sees one tree or the other, never neither. 0, or the errno.</summary>
    public static int ExchangeOrError(string a, string b) =>
        renameat2(AtCurrentFolder, a, AtCurrentFolder, b, RenameExchange) == 0 ? 0 : Marshal.GetLastPInvokeError();

    /// <summary>The exception .NET itself throws for this errno, so callers handle it as any other I/O failure.</summary>
    public static Exception ExceptionFor(int errno, string path) => errno switch
    {
        NoEntry => new DirectoryNotFoundException($"Could not find a part of the path '{path}'."),
        AccessDenied or NotPermitted => new UnauthorizedAccessException($"Access to the path '{path}' is denied."),
        _ => new IOException($"{Marshal.GetPInvokeErrorMessage(errno)} : '{path}'", errno),
    };

    /// <summary>A second name for an existing file; false where the file system has no hard links.</summary>
    public static bool TryLink(string existing, string newName) => link(existing, newName) == 0;

    /// <summary>The inode number of a file or folder: which tree is which after an exchange.</summary>
    public static ulong? Inode(string path)
    {
        // struct stat starts with st_dev then st_ino, both 64-bit, on x86-64 and arm64 Linux.
        Span<byte> buffer = stackalloc byte[256];
        unsafe
        {
            fixed (byte* b = buffer)
            {
                if (stat(path, b) != 0) return null;
            }
        }

        return BitConverter.ToUInt64(buffer[8..16]);
    }

    /// <summary>
    /// What says whether a file may have changed without reading it: size, modification and change
    /// times to the nanosecond, and inode (from statx, whose layout is the same on every Linux
    /// architecture). Null when the file cannot be looked at (then it is read).
    /// </summary>
    public static FileStamp? Stamp(string path)
    {
        Span<byte> buffer = stackalloc byte[256];
        unsafe
        {
            fixed (byte* b = buffer)
            {
                if (statx(AtCurrentFolder, path, FollowLinks, BasicStats, b) != 0) return null;
            }
        }

        // struct statx: stx_ino at 32, stx_size at 40, stx_ctime at 96 and stx_mtime at 112 (seconds, then nanoseconds).
        static long Nanoseconds(ReadOnlySpan<byte> time) => BitConverter.ToInt64(time[..8]) * 1_000_000_000 + BitConverter.ToUInt32(time[8..12]);
        return new FileStamp(BitConverter.ToInt64(buffer[40..48]), Nanoseconds(buffer[112..]), Nanoseconds(buffer[96..]), BitConverter.ToUInt64(buffer[32..40]));
    }

    /// <summary>The stamp of a file by its full path, as UTF-8 ending in a zero byte (no string to convert per file).</summary>
    public static unsafe FileStamp? Stamp(ReadOnlySpan<byte> pathWithZero)
    {
        Span<byte> buffer = stackalloc byte[256];
        fixed (byte* path = pathWithZero)
        fixed (byte* b = buffer)
        {
            if (statx_raw(AtCurrentFolder, path, FollowLinks, BasicStats, b) != 0) return null;
        }

        return StampFrom(buffer);
    }

    private static FileStamp StampFrom(ReadOnlySpan<byte> buffer)
    {
        static long Nanoseconds(ReadOnlySpan<byte> time) => BitConverter.ToInt64(time[..8]) * 1_000_000_000 + BitConverter.ToUInt32(time[8..12]);
        return new FileStamp(BitConverter.ToInt64(buffer[40..48]), Nanoseconds(buffer[112..]), Nanoseconds(buffer[96..]), BitConverter.ToUInt64(buffer[32..40]));
    }

    // A linked source is read through its link, so its target is what is looked at.
    private const int FollowLinks = 0;
    private const uint BasicStats = 0x7ff;

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int statx(int folder, string path, int flags, uint mask, byte* buffer);

    [LibraryImport("libc", EntryPoint = "statx")]
    private static unsafe partial int statx_raw(int folder, byte* path, int flags, uint mask, byte* buffer);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int renameat2(int oldFolder, string oldPath, int newFolder, string newPath, uint flags);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int link(string existing, string newName);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int stat(string path, byte* buffer);
}
