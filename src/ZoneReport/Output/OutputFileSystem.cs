using System.Runtime.InteropServices;

namespace ZoneReport.Output;

/// <summary>
/// The few file-system operations the output stage makes. The real one is used everywhere; the
/// fault tests derive from it to make a write fail the way a full or read-only disk does.
/// </summary>
public class OutputFileSystem
{
    public static OutputFileSystem Real { get; } = new();

    public virtual void CreateDirectory(string path) => Directory.CreateDirectory(path);

    public virtual void WriteFile(string path, byte[] content) => File.WriteAllBytes(path, content);

    public virtual void Move(string from, string to) => Directory.Move(from, to);

    /// <summary>
    /// Swaps two existing folders in one step (Linux: <c>renameat2</c> with <c>RENAME_EXCHANGE</c>),
    /// so a reader of either path sees the old tree or the new one and never nothing. False when the
    /// system or the file system cannot do it; the caller then falls back to two renames.
    /// </summary>
    public virtual bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            if (Native.renameat2(Native.CurrentFolder, a, Native.CurrentFolder, b, Native.RenameExchange) == 0) return true;
        }
        catch (EntryPointNotFoundException)
        {
            return false; // a C library older than glibc 2.28 or musl 1.1.24
        }

        var errno = Marshal.GetLastPInvokeError();
        if (errno is Native.Unsupported or Native.NoSuchCall) return false; // e.g. a network file system
        throw errno switch
        {
            Native.NoEntry => new DirectoryNotFoundException($"Could not find a part of the path '{b}'."),
            Native.AccessDenied or Native.NotPermitted => new UnauthorizedAccessException($"Access to the path '{b}' is denied."),
            _ => new IOException($"{Marshal.GetPInvokeErrorMessage(errno)} : '{b}'", errno),
        };
    }

    private static class Native
    {
        public const int CurrentFolder = -100; // AT_FDCWD
        public const uint RenameExchange = 2;  // RENAME_EXCHANGE
        public const int NotPermitted = 1, NoEntry = 2, AccessDenied = 13, Unsupported = 22, NoSuchCall = 38;

        [DllImport("libc", SetLastError = true)]
        public static extern int renameat2(int oldFolder, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath,
            int newFolder, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);
    }
}
