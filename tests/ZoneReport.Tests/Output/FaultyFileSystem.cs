using ZoneReport.Output;

namespace ZoneReport.Tests.Output;

/// <summary>
/// The real file system, except that one chosen operation fails. A full disk is real: the chosen
/// write goes to /dev/full, which answers every write with ENOSPC, so the build sees exactly the
/// exception a full disk gives. Read-only and permission faults need root tricks to make for real
/// (tests may run as root, where chmod stops nothing), so they throw what .NET throws for them.
/// </summary>
public sealed class FaultyFileSystem : OutputFileSystem
{
    private int _writes;

    /// <summary>The write (counting from 1) that fails; 0 for none.</summary>
    public int FailingWrite { get; init; }

    /// <summary>Or the write of the first file whose path ends so.</summary>
    public string? FailingFile { get; init; }

    /// <summary>What happens at the failing write: by default the disk is full.</summary>
    public Action<string> AtFailingWrite { get; init; } = DiskFull;

    /// <summary>The system's own ENOSPC, from a write to /dev/full, told about the path being written.</summary>
    public static void DiskFull(string path)
    {
        try
        {
            File.WriteAllBytes("/dev/full", new byte[4096]);
        }
        catch (IOException e)
        {
            throw new IOException(e.Message.Replace("/dev/full", path, StringComparison.Ordinal), e.HResult);
        }

        throw new InvalidOperationException("/dev/full accepted a write");
    }

    /// <summary>Thrown when the staging folder is created, if set.</summary>
    public Func<string, Exception>? CreatingFolder { get; init; }

    /// <summary>Thrown when the new site is swapped in, if set.</summary>
    public Func<string, Exception>? Swapping { get; init; }

    /// <summary>How many faults were injected: a test whose fault never happened proves nothing.</summary>
    public int Faults => _faults;

    private int _faults;

    public static IOException ReadOnly(string path) => new($"Read-only file system : '{path}'", 30);

    public static UnauthorizedAccessException Denied(string path) => new($"Access to the path '{path}' is denied.");

    private Exception Fault(Exception e)
    {
        Interlocked.Increment(ref _faults);
        return e;
    }

    public override void CreateDirectory(string path)
    {
        // The folders a build writes into: the staging folder, the engine's folder of files being written, or its second tree made anew.
        if (CreatingFolder is not null && (path.Contains(".staging-", StringComparison.Ordinal) || path.Contains(".zonereport-writing", StringComparison.Ordinal) ||
                                           path.Contains(".zonereport-back", StringComparison.Ordinal)))
        {
            Interlocked.Increment(ref _faults);
            throw CreatingFolder(path);
        }

        base.CreateDirectory(path);
    }

    public override void WriteFile(string path, ReadOnlySpan<byte> content)
    {
        if (Interlocked.Increment(ref _writes) == FailingWrite || (FailingFile is not null && path.EndsWith(FailingFile, StringComparison.Ordinal)))
        {
            Interlocked.Increment(ref _faults);
            AtFailingWrite(path);
        }

        base.WriteFile(path, content);
    }

    /// <summary>A file written over an old one counts as a write, and fails like one; it is never written in place here.</summary>
    public override void ReplaceFile(string path, ReadOnlySpan<byte> content)
    {
        if (File.Exists(path)) File.Delete(path);
        WriteFile(path, content);
    }

    public override void Move(string from, string to)
    {
        if (Swapping is not null) throw Fault(Swapping(to));
        base.Move(from, to);
    }

    public override bool TryExchange(string a, string b)
    {
        if (Swapping is not null) throw Fault(Swapping(b));
        return base.TryExchange(a, b);
    }
}
