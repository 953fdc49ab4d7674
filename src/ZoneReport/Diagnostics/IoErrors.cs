namespace ZoneReport.Diagnostics;

/// <summary>
/// Turns what the operating system says when a read or a write fails (a full disk, a read-only or
/// vanished folder, a missing permission, a file in use) into a <see cref="BuildError"/> that names
/// the path and says what to do, so no I/O failure reaches the user as a stack trace.
/// </summary>
public static class IoErrors
{
    // errno values (Linux) that .NET carries in IOException.HResult, and their Windows HRESULTs.
    private const int NoSpace = 28, QuotaExceeded = 122, ReadOnlyFileSystem = 30, InputOutput = 5;
    private const int WindowsDiskFull = unchecked((int)0x80070070), WindowsHandleDiskFull = unchecked((int)0x80070027);
    private const int WindowsWriteProtect = unchecked((int)0x80070013);
    private const int WindowsSharingViolation = unchecked((int)0x80070020), WindowsLockViolation = unchecked((int)0x80070021);

    /// <summary>Whether <paramref name="e"/> is a failure of the file system rather than a bug.</summary>
    /// <remarks>Writes run in parallel: their failures come wrapped in an AggregateException.</remarks>
    public static bool IsIo(Exception e) => e is AggregateException all
        ? all.Flatten().InnerExceptions.All(IsIo)
        : e is IOException or UnauthorizedAccessException;

    /// <summary>The first of the failures of parallel writes (each names its own path), or the failure itself.</summary>
    private static Exception First(Exception e) => e is AggregateException all && all.Flatten().InnerExceptions is [var first, ..] ? first : e;

    /// <summary>A failure while writing the site (into the staging folder, or swapping it in).</summary>
    public static BuildException Writing(Exception e, string path)
    {
        e = First(e);
        var location = SourceLocation.PathOnly(path);
        var keep = "the last good site was left as it was";
        return new BuildException(e switch
        {
            IOException { HResult: NoSpace or QuotaExceeded or WindowsDiskFull or WindowsHandleDiskFull } =>
                new BuildError(location, $"the disk is full (no space left to write '{path}')",
                    $"free some space on that disk, or build into a folder on another disk with --output; {keep}"),
            IOException { HResult: ReadOnlyFileSystem or WindowsWriteProtect } =>
                new BuildError(location, $"'{path}' is on a read-only file system",
                    $"build into a folder you can write to with --output (or in site.yml as 'output:'); {keep}"),
            UnauthorizedAccessException =>
                new BuildError(location, $"permission denied writing '{path}'",
                    $"check who owns the output folder and the folder above it (ls -ld), or build elsewhere with --output; {keep}"),
            DirectoryNotFoundException =>
                new BuildError(location, $"a folder on the way to '{path}' vanished during the build",
                    $"the output location, or a folder or disk above it, was removed or unmounted; make sure it exists and build again; {keep}"),
            IOException { HResult: WindowsSharingViolation or WindowsLockViolation } =>
                new BuildError(location, $"'{path}' is in use by another program",
                    $"close the program that holds it (an editor, a file browser, a server) and build again; {keep}"),
            _ => new BuildError(location, $"could not write '{path}': {Describe(e)}",
                $"check the disk and the output folder, then build again; {keep}"),
        });
    }

    /// <summary>A failure while reading a source file (site.yml, content/, templates/, images).</summary>
    public static BuildException Reading(Exception e, string siteFolder)
    {
        e = First(e);
        var path = PathIn(e);
        var shown = path is null ? siteFolder : Shown(path, siteFolder);
        var location = SourceLocation.PathOnly(shown);
        return new BuildException(e switch
        {
            FileNotFoundException or DirectoryNotFoundException =>
                new BuildError(location, $"'{shown}' vanished while the build was reading it",
                    "a file was deleted, moved or renamed during the build (or is a link to nothing); build again when it is back or gone for good"),
            UnauthorizedAccessException =>
                new BuildError(location, $"permission denied reading '{shown}'",
                    "make the file readable for the user running the build (ls -l, chmod u+r), then build again"),
            IOException { HResult: WindowsSharingViolation or WindowsLockViolation } =>
                new BuildError(location, $"'{shown}' is locked by another program",
                    "close the program that holds it and build again"),
            IOException { HResult: InputOutput } =>
                new BuildError(location, $"the disk could not read '{shown}' (input/output error)",
                    "the disk or the network share may be failing; copy the file elsewhere to check it, then build again"),
            _ => new BuildError(location, $"could not read '{shown}': {Describe(e)}", "check the file and the disk, then build again"),
        });
    }

    private static string Shown(string path, string siteFolder)
    {
        var relative = Path.GetRelativePath(siteFolder, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative.Replace('\\', '/');
    }

    /// <summary>The path an exception is about: .NET names it in the message, between quotes.</summary>
    public static string? PathIn(Exception e)
    {
        e = First(e);
        if (e is FileNotFoundException { FileName: { Length: > 0 } name }) return name;
        var start = e.Message.IndexOf('\'');
        var end = e.Message.LastIndexOf('\'');
        return start >= 0 && end > start + 1 ? e.Message[(start + 1)..end] : null;
    }

    /// <summary>The operating system's words, without the path .NET appends to them.</summary>
    private static string Describe(Exception e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" : '", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.');
    }
}
