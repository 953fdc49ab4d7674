using System.Runtime.InteropServices;
using ZoneReport.Engine;

namespace ZoneReport.Output;

/// <summary>
/// Writing a new file and making a folder with the fewest system calls Linux needs: open, write,
/// close (.NET's <c>File.OpenHandle</c> adds an fstat and an lseek to every file it opens, and
/// <c>Directory.CreateDirectory</c> looks at every parent first). A clean 20,000-page build writes
/// about 76,000 files into 23,000 folders, so this is some 200,000 system calls fewer. Anything
/// out of the ordinary (a missing parent, a name taken) is left to .NET, which reports it as usual.
/// </summary>
internal static partial class PosixFiles
{
    private const int WriteOnly = 0x1, Create = 0x40, Exclusive = 0x80, NoFollow = 0x20000, CloseOnExec = 0x80000;
    private const int Interrupted = 4;
    private const int ReadWriteForAll = 0x1b6; // 0666, less the umask, as .NET creates files
    private const int FolderMode = 0x1ff; // 0777, less the umask

    /// <summary>Creates a file that must not exist yet and writes all of it; throws an IOException naming the path.</summary>
    public static void WriteNew(string path, ReadOnlySpan<byte> content) =>
        WriteAll(OpenOrThrow(path, WriteOnly | Create | Exclusive | CloseOnExec), path, content);

    /// <summary>
    /// Writes over a file that exists, keeping its inode, when that file is a plain file with no
    /// other name (so no other tree sees the change): a lstat, an open, a write, a close, and no new
    /// inode. False when it is not so (missing, shared by a hard link, a link, a folder): the caller
    /// removes what is there and writes a new file.
    /// The file is not truncated to nothing first: ext4 would free its blocks (and discard them),
    /// allocate new ones, and flush the file on close (its guard for programs that replace a file by
    /// truncating it). The new bytes go over the old ones and only a longer old file loses its tail.
    /// </summary>
    public static unsafe bool TryOverwrite(string path, ReadOnlySpan<byte> content)
    {
        Span<byte> buffer = stackalloc byte[256];
        fixed (byte* b = buffer)
        {
            if (statx(AtCurrentFolder, path, SymlinkNoFollow, TypeLinksAndSize, b) != 0) return false;
        }

        // struct statx: stx_nlink (u32) at 16, stx_mode (u16) at 28, stx_size (u64) at 40.
        var links = BitConverter.ToUInt32(buffer[16..20]);
        var mode = BitConverter.ToUInt16(buffer[28..30]);
        var oldSize = BitConverter.ToInt64(buffer[40..48]);
        if (links != 1 || (mode & FileTypeMask) != RegularFile) return false;
        var fd = OpenOrThrow(path, WriteOnly | NoFollow | CloseOnExec);
        WriteAll(fd, path, content, cutTo: oldSize > content.Length ? content.Length : null);
        return true;
    }

    private static int OpenOrThrow(string path, int flags)
    {
        int fd;
        do fd = open(path, flags, ReadWriteForAll);
        while (fd < 0 && Marshal.GetLastPInvokeError() == Interrupted);
        if (fd < 0) throw Posix.ExceptionFor(Marshal.GetLastPInvokeError(), path);
        return fd;
    }

    private static unsafe void WriteAll(int fd, string path, ReadOnlySpan<byte> content, long? cutTo = null)
    {
        try
        {
            fixed (byte* start = content)
            {
                var done = 0;
                while (done < content.Length)
                {
                    var written = write(fd, start + done, content.Length - done);
                    if (written < 0)
                    {
                        var errno = Marshal.GetLastPInvokeError();
                        if (errno == Interrupted) continue;
                        throw Posix.ExceptionFor(errno, path);
                    }

                    done += (int)written;
                }
            }

            if (cutTo is { } length && ftruncate(fd, length) != 0) throw Posix.ExceptionFor(Marshal.GetLastPInvokeError(), path);
        }
        finally
        {
            close(fd);
        }
    }

    /// <summary>Makes one folder whose parent exists; false when that was not so simple (the caller asks .NET).</summary>
    public static bool TryMakeFolder(string path) => mkdir(path, FolderMode) == 0;

    private const int AtCurrentFolder = -100, SymlinkNoFollow = 0x100;
    private const uint TypeLinksAndSize = 0x205; // STATX_TYPE | STATX_NLINK | STATX_SIZE
    private const int FileTypeMask = 0xF000, RegularFile = 0x8000;

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int statx(int folder, string path, int flags, uint mask, byte* buffer);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int open(string path, int flags, int mode);

    [LibraryImport("libc", SetLastError = true)]
    private static unsafe partial nint write(int fd, byte* buffer, nint count);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int close(int fd);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int ftruncate(int fd, long length);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int mkdir(string path, int mode);
}
