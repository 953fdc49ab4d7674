using ZoneReport.Engine;

namespace ZoneReport.Output;

/// <summary>
/// The few file-system operations that publishing a site makes (the staging folder, the engine's
/// tree writer, the exchange). The real one is used everywhere; the fault tests derive from it to
/// make one step fail the way a full, read-only or vanished disk does.
/// </summary>
public class OutputFileSystem
{
    public static OutputFileSystem Real { get; } = new();

    /// <summary>Creates a folder and any parents missing; on Linux one mkdir when the parent exists.</summary>
    public virtual void CreateDirectory(string path)
    {
        if (OperatingSystem.IsLinux() && PosixFiles.TryMakeFolder(path)) return;
        Directory.CreateDirectory(path);
    }

    /// <summary>Writes a file that does not exist yet: one open (no lock), one write, one close.</summary>
    public virtual void WriteFile(string path, ReadOnlySpan<byte> content)
    {
        if (OperatingSystem.IsLinux())
        {
            PosixFiles.WriteNew(path, content);
            return;
        }

        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite);
        if (content.Length > 0) RandomAccess.Write(handle, content, 0);
    }

    /// <summary>
    /// Writes a file that may exist already (a clean build reusing the engine's old second tree):
    /// over the old file, keeping its inode, when no other name shares it; otherwise what is there
    /// goes and a new file is written. On a file system that has just deleted many files, making a
    /// new inode can cost far more than writing.
    /// </summary>
    public virtual void ReplaceFile(string path, ReadOnlySpan<byte> content)
    {
        if (OperatingSystem.IsLinux() && PosixFiles.TryOverwrite(path, content)) return;
        if (Directory.Exists(path) && !File.GetAttributes(path).HasFlag(FileAttributes.ReparsePoint)) Directory.Delete(path, recursive: true);
        else if (File.Exists(path) || Directory.Exists(path)) File.Delete(path);
        WriteFile(path, content);
    }

    public virtual void Move(string from, string to) => Directory.Move(from, to);

    /// <summary>
    /// Swaps two existing folders in one step (Linux: <c>renameat2</c> with <c>RENAME_EXCHANGE</c>),
    /// so a reader of either path sees the old tree or the new one and never nothing. False when the
    /// system or the file system cannot do it; the caller then falls back to two renames.
    /// </summary>
    public virtual bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux()) return false;
        int errno;
        try
        {
            errno = Posix.ExchangeOrError(a, b);
        }
        catch (EntryPointNotFoundException)
        {
            return false; // a C library older than glibc 2.28 or musl 1.1.24
        }

        return errno switch
        {
            0 => true,
            Posix.InvalidArgument or Posix.NoSuchCall => false, // e.g. a network file system without the flag
            _ => throw Posix.ExceptionFor(errno, b),
        };
    }

    /// <summary>Swaps two folders in one step or throws: for callers that cannot do with two renames.</summary>
    public virtual void Exchange(string a, string b)
    {
        if (!TryExchange(a, b)) throw new IOException($"this file system cannot exchange two folders in one step : '{b}'");
    }
}
