using System.Runtime.InteropServices;

namespace ZoneReport.Engine;

/// <summary>The few Linux calls .NET does not offer: exchanging two folders in one step, hard links, inode numbers.</summary>
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

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int renameat2(int oldFolder, string oldPath, int newFolder, string newPath, uint flags);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int link(string existing, string newName);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int stat(string path, byte* buffer);
}
