using System.Text;
using ZoneReport.Diagnostics;
using ZoneReport.Threading;

namespace ZoneReport.Output;

/// <summary>
/// The build writes into a fresh folder beside the output folder and swaps it in only when every
/// page succeeded. A failed build deletes its staging folder and leaves the last good site as it was.
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private const int ConcurrentDeletions = 16;
    private readonly string _target;
    private bool _published;

    public StagingFolder(string outputFolder)
    {
        _target = Path.GetFullPath(outputFolder);
        var parent = Path.GetDirectoryName(_target) ?? throw new ArgumentException("the output folder cannot be a root", nameof(outputFolder));
        Directory.CreateDirectory(parent);
        Root = Path.Combine(parent, $".{Path.GetFileName(_target)}.staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public void WriteText(string relativePath, string text) =>
        WriteBytes(relativePath, Utf8.GetBytes(text.Contains('\r') ? text.Replace("\r\n", "\n") : text));

    public void WriteBytes(string relativePath, byte[] content)
    {
        var full = Resolve(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
    }

    /// <summary>Turns a path inside the site into a file path, refusing anything that would land outside it.</summary>
    public string Resolve(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(Root, relativePath));
        if (Path.IsPathRooted(relativePath) || !full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new BuildException(SourceLocation.FileOnly(relativePath), $"refusing to write '{relativePath}' outside the output folder",
                "file and folder names in content/ may only hold lower-case letters, digits and '-'");
        }

        return full;
    }

    /// <summary>Replaces the output folder with the staged one.</summary>
    public void Publish()
    {
        string? old = null;
        if (Directory.Exists(_target))
        {
            old = Root.Replace(".staging-", ".old-", StringComparison.Ordinal);
            Directory.Move(_target, old);
        }

        Directory.Move(Root, _target);
        _published = true;
        if (old is not null) DeleteOldSite(old);
    }

    /// <summary>
    /// Deletes the replaced site, already out of the way. Deleting a file is mostly waiting on the
    /// file system, so many deletions are kept in flight at once: the tree is cut into subtrees
    /// (editions, say) deleted by <see cref="ConcurrentDeletions"/> threads; what is left above them
    /// goes last, as before. A 20,000-page site on the benchmark VM: 8.9 s on one thread, 9.0 s on
    /// two, 5.6 to 6.2 s on sixteen.
    /// </summary>
    private static void DeleteOldSite(string folder)
    {
        // An output folder that was a link to a folder elsewhere: only the link goes, as before.
        var subtrees = IsLink(new DirectoryInfo(folder)) ? [] : FoldersIn([folder]);
        while (subtrees.Count < ConcurrentDeletions * 4)
        {
            var deeper = FoldersIn(subtrees);
            if (deeper.Count <= subtrees.Count) break;
            subtrees = deeper;
        }

        InParallel.ForEachOnThreads(subtrees, ConcurrentDeletions, subtree => Directory.Delete(subtree, recursive: true));
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>The folders directly inside these, leaving out links to folders: deleting the old site must never reach through a link.</summary>
    private static List<string> FoldersIn(IEnumerable<string> folders) =>
        folders.SelectMany(folder => new DirectoryInfo(folder).EnumerateDirectories())
            .Where(folder => !IsLink(folder))
            .Select(folder => folder.FullName)
            .ToList();

    private static bool IsLink(DirectoryInfo folder) => folder.Attributes.HasFlag(FileAttributes.ReparsePoint);

    public void Dispose()
    {
        if (!_published && Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}
