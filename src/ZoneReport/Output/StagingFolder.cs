using System.Text;
using ZoneReport.Diagnostics;
using ZoneReport.Threading;

namespace ZoneReport.Output;

/// <summary>
/// The build writes into a fresh folder beside the output folder and swaps it in only when every
/// page succeeded: in one step on Linux (the two folders exchange names), elsewhere by two renames.
/// A failed build deletes its staging folder and leaves the last good site as it was. Every failure
/// to write is a <see cref="BuildException"/> naming the path. Use it under a <see cref="BuildLock"/>:
/// it removes the folders that killed builds left beside the output folder.
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private const int ConcurrentDeletions = 16;
    private readonly string _target;
    private readonly OutputFileSystem _files;
    private bool _published;

    /// <param name="reuse">
    /// A folder of ZoneReport's to take as the staging folder, as it is (the engine's old second
    /// tree): its files are written over and what is left over removed, instead of a new tree made
    /// file by file. Null for a new, empty folder.
    /// </param>
    public StagingFolder(string outputFolder, OutputFileSystem? files = null, string? reuse = null)
    {
        _files = files ?? OutputFileSystem.Real;
        _target = Path.GetFullPath(outputFolder);
        var parent = Path.GetDirectoryName(_target) ?? throw new ArgumentException("the output folder cannot be a root", nameof(outputFolder));
        Root = Path.Combine(parent, $"{Leftovers.Prefix(_target)}staging-{Guid.NewGuid():N}");
        Reused = reuse is not null;
        try
        {
            Guarded(parent, () =>
            {
                _files.CreateDirectory(parent);
                Leftovers.Remove(_target);
                // A rename inside one folder, not the swap of a site (which the fault tests make fail).
                if (reuse is not null) Directory.Move(reuse, Root);
                else _files.CreateDirectory(Root);
                // First of all, so that a build killed from here on leaves a folder provably ours.
                var marker = Path.Combine(Root, SiteMarker.FileName);
                if (reuse is not null) _files.ReplaceFile(marker, Utf8.GetBytes(SiteMarker.Text));
                else _files.WriteFile(marker, Utf8.GetBytes(SiteMarker.Text));
            });
        }
        catch
        {
            DeleteQuietly(Root);
            throw;
        }
    }

    public string Root { get; }

    /// <summary>Whether the staging folder is an old tree taken as it was (its files to be written over, the rest removed).</summary>
    public bool Reused { get; }

    public void WriteText(string relativePath, string text) =>
        WriteBytes(relativePath, Utf8.GetBytes(text.Contains('\r') ? text.Replace("\r\n", "\n") : text));

    public void WriteBytes(string relativePath, byte[] content)
    {
        var full = Resolve(relativePath);
        Guarded(full, () =>
        {
            _files.CreateDirectory(Path.GetDirectoryName(full)!);
            _files.WriteFile(full, content);
        }, nameThisPath: true);
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

    /// <summary>Replaces the output folder with the staged one, then deletes the old site.</summary>
    public void Publish()
    {
        if (!SiteMarker.IsIn(Root))
        {
            // Writing recreates missing folders, so a staging folder deleted under the build would
            // come back with only the pages written after: never publish that.
            throw new BuildException(SourceLocation.PathOnly(Root), $"the staging folder '{Root}' was removed while the build was writing into it",
                "something deleted it (a clean-up script, another program) or the disk went away; build again; the last good site was left as it was");
        }

        string? old = null;
        Guarded(_target, () =>
        {
            if (!Directory.Exists(_target) && !File.Exists(_target))
            {
                _files.Move(Root, _target);
            }
            else if (_files.TryExchange(Root, _target))
            {
                old = Root; // the staging name now holds the old site
            }
            else
            {
                // No exchange here: for a moment between these two renames there is no site.
                old = Root.Replace(".staging-", ".old-", StringComparison.Ordinal);
                _files.Move(_target, old);
                try
                {
                    _files.Move(Root, _target);
                }
                catch
                {
                    _files.Move(old, _target);
                    old = null;
                    throw;
                }
            }
        });
        _published = true;
        if (old is not null) DeleteQuietly(old);
    }

    public void Dispose()
    {
        if (!_published) DeleteQuietly(Root);
    }

    /// <summary>
    /// The replaced site, or an unpublished staging folder, goes; a failure to delete it is not the
    /// build's failure (the next build removes it, by its marker).
    /// </summary>
    private static void DeleteQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) DeleteTree(folder);
        }
        catch (Exception e) when (IoErrors.IsIo(e))
        {
            // Left for the next build.
        }
    }

    /// <summary>
    /// Deletes a site folder, the marker last, so a build killed halfway leaves a folder still
    /// marked as ZoneReport's. Deleting a file is mostly waiting on the file system, so many
    /// deletions are kept in flight at once: the tree is cut into subtrees (editions, say) deleted by
    /// <see cref="ConcurrentDeletions"/> threads. A 20,000-page site on the benchmark VM: 8.9 s on
    /// one thread, 9.0 s on two, 5.6 to 6.2 s on sixteen.
    /// </summary>
    internal static void DeleteTree(string folder)
    {
        // An output folder that was a link to a folder elsewhere: only the link goes.
        var subtrees = IsLink(new DirectoryInfo(folder)) ? [] : FoldersIn([folder]);
        while (subtrees.Count < ConcurrentDeletions * 4)
        {
            var deeper = FoldersIn(subtrees);
            if (deeper.Count <= subtrees.Count) break;
            subtrees = deeper;
        }

        InParallel.ForEachOnThreads(subtrees, ConcurrentDeletions, subtree => Directory.Delete(subtree, recursive: true));
        if (!IsLink(new DirectoryInfo(folder)))
        {
            foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos().Where(e => e.Name != SiteMarker.FileName))
            {
                if (entry is DirectoryInfo directory) directory.Delete(recursive: true);
                else entry.Delete();
            }
        }

        Directory.Delete(folder, recursive: true);
    }

    /// <summary>The folders directly inside these, leaving out links to folders: deleting the old site must never reach through a link.</summary>
    private static List<string> FoldersIn(IEnumerable<string> folders) =>
        folders.SelectMany(folder => new DirectoryInfo(folder).EnumerateDirectories())
            .Where(folder => !IsLink(folder))
            .Select(folder => folder.FullName)
            .ToList();

    internal static bool IsLink(FileSystemInfo entry) => entry.Attributes.HasFlag(FileAttributes.ReparsePoint);

    /// <param name="nameThisPath">Name <paramref name="path"/> in the error rather than the path the exception mentions.</param>
    private static void Guarded(string path, Action write, bool nameThisPath = false)
    {
        try
        {
            write();
        }
        catch (Exception e) when (IoErrors.IsIo(e))
        {
            throw IoErrors.Writing(e, nameThisPath ? path : IoErrors.PathIn(e) ?? path);
        }
    }
}
