using System.Collections.Concurrent;
using ZoneReport.Diagnostics;
using ZoneReport.Threading;

namespace ZoneReport.Engine;

/// <summary>
/// Writes many files into one folder tree with few system calls: each folder is created once,
/// each file is one open (new file, no lock), one write and one close; and many writes are kept
/// in flight, because on this kind of disk writing is mostly waiting. Every file is written under
/// a temporary name first and renamed into place, so no reader ever sees half a file.
/// </summary>
public sealed class TreeWriter
{
    /// <summary>Writes in flight at once: enough to keep the file system busy on two cores.</summary>
    public const int InFlight = 8;

    private readonly string _root;
    private readonly string? _temporary;
    private readonly Output.OutputFileSystem _files;
    private readonly bool _overExisting;
    // One Lazy per folder: files of one folder are written by several threads at once, and only one of them creates it.
    private readonly ConcurrentDictionary<string, Lazy<bool>> _folders = new(StringComparer.Ordinal);
    private long _counter;

    /// <param name="root">The tree to write into.</param>
    /// <param name="temporaryFolder">
    /// A folder on the same file system for files being written (created here, removed by the
    /// caller); null to write each file in place, for a tree no one sees until it is complete.
    /// </param>
    /// <param name="files">Where the writes go (tests inject disk faults here).</param>
    /// <param name="overExisting">
    /// The tree already holds files and folders (an old tree reused, written in place): each file is
    /// written over the one there (<see cref="Output.OutputFileSystem.ReplaceFile"/>), folders are
    /// kept, and <see cref="RemoveAllBut"/> then takes out what the new tree does not have.
    /// </param>
    public TreeWriter(string root, string? temporaryFolder, Output.OutputFileSystem? files = null, bool overExisting = false)
    {
        _root = Path.GetFullPath(root);
        _temporary = temporaryFolder;
        _overExisting = overExisting && temporaryFolder is null;
        _files = files ?? Output.OutputFileSystem.Real;
        if (_temporary is not null) _files.CreateDirectory(_temporary);
        _folders[_root] = new Lazy<bool>(true);
    }

    public void WriteAll(IReadOnlyCollection<(string Path, byte[] Bytes)> files) =>
        InParallel.ForEachOnThreads(files, InFlight, file => Write(file.Path, file.Bytes));

    /// <summary>
    /// Writes files handed over while they are still being rendered, on <see cref="InFlight"/>
    /// threads of its own, so rendering keeps the cores busy while the writes wait on the disk.
    /// At most a few hundred files wait in memory. <see cref="BackgroundWrites.Finish"/> waits for
    /// the last and throws what a write threw.
    /// </summary>
    public BackgroundWrites InBackground() => new(this);

    public sealed class BackgroundWrites
    {
        private readonly System.Collections.Concurrent.BlockingCollection<(string Path, byte[] Bytes)> _queue = new(boundedCapacity: 512);
        private readonly Task _writers;

        internal BackgroundWrites(TreeWriter writer)
        {
            Writer = writer;
            _writers = Task.WhenAll(Enumerable.Range(0, InFlight).Select(_ => Task.Factory.StartNew(() =>
            {
                foreach (var (path, bytes) in _queue.GetConsumingEnumerable()) writer.Write(path, bytes);
            }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)));
        }

        public void Add(string path, byte[] bytes)
        {
            if (_writers.IsFaulted) _writers.GetAwaiter().GetResult();
            _queue.Add((path, bytes));
        }

        public TreeWriter Writer { get; }

        /// <summary>Whether a write has failed (then what the render loop is given to throw is that write's failure).</summary>
        public bool Failed => _writers.IsFaulted;

        /// <summary>Stops after a failed render: the files waiting are dropped, errors of the writes are not reported.</summary>
        public void Abandon()
        {
            while (_queue.TryTake(out _)) { }
            _queue.CompleteAdding();
            try
            {
                _writers.Wait();
            }
            catch (AggregateException)
            {
                // The render's own error is the one to report.
            }
        }

        public void Finish()
        {
            _queue.CompleteAdding();
            _writers.GetAwaiter().GetResult();
        }
    }

    public void Write(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var target = Resolve(relativePath);
        if (_temporary is null) EnsureFolder(Path.GetDirectoryName(target)!);
        var temporary = _temporary is null ? target : NextTemporary();
        if (_overExisting) _files.ReplaceFile(temporary, bytes);
        else _files.WriteFile(temporary, bytes);

        if (_temporary is null) return;
        EnsureFolder(Path.GetDirectoryName(target)!);
        File.Move(temporary, target, overwrite: true);
    }

    /// <summary>Puts a file of another tree (same file system) here under the same bytes: a hard link, or a copy where links are not possible.</summary>
    public void LinkFrom(string existing, string relativePath)
    {
        var target = Resolve(relativePath);
        var temporary = _temporary is null ? target : NextTemporary();
        if (_temporary is null) EnsureFolder(Path.GetDirectoryName(target)!);
        if (!Posix.IsLinux || !Posix.TryLink(existing, temporary)) File.Copy(existing, temporary);
        if (_temporary is null) return;
        EnsureFolder(Path.GetDirectoryName(target)!);
        File.Move(temporary, target, overwrite: true);
    }

    /// <summary>Deletes a file or a whole folder (one added by hand), if it is there.</summary>
    public void DeleteAny(string relativePath)
    {
        var target = Resolve(relativePath);
        if (Directory.Exists(target) && !File.GetAttributes(target).HasFlag(FileAttributes.ReparsePoint)) Directory.Delete(target, recursive: true);
        else Delete(relativePath);
    }

    public void Delete(string relativePath)
    {
        var target = Resolve(relativePath);
        if (!Directory.Exists(Path.GetDirectoryName(target))) return;
        File.Delete(target);
        // Folders left empty go too, so the tree is the same as a clean build's.
        for (var folder = Path.GetDirectoryName(target); folder is not null && folder.Length > _root.Length; folder = Path.GetDirectoryName(folder))
        {
            if (Directory.EnumerateFileSystemEntries(folder).Any()) break;
            Directory.Delete(folder);
            _folders.TryRemove(folder, out _);
        }
    }

    /// <summary>Turns a path inside the site into a file path, refusing anything that would land outside it.</summary>
    public string Resolve(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(_root, relativePath));
        if (Path.IsPathRooted(relativePath) || !full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new BuildException(SourceLocation.FileOnly(relativePath), $"refusing to write '{relativePath}' outside the output folder",
                "file and folder names in content/ may only hold lower-case letters, digits and '-'");
        }

        return full;
    }

    private string NextTemporary() => Path.Combine(_temporary ?? throw new InvalidOperationException("this tree is written in place"), Interlocked.Increment(ref _counter).ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Creates a folder once, its parents first (each of them once too), so each is one mkdir.</summary>
    private void EnsureFolder(string folder)
    {
        _ = _folders.GetOrAdd(folder, f => new Lazy<bool>(() =>
        {
            if (Path.GetDirectoryName(f) is { } parent && parent.Length > _root.Length) EnsureFolder(parent);
            if (_overExisting && KeepOrClear(f)) return true;
            _files.CreateDirectory(f);
            return true;
        })).Value;
    }

    /// <summary>In a reused tree: true when a real folder is there already; a file or a link in its place goes.</summary>
    private static bool KeepOrClear(string folder)
    {
        var entry = new DirectoryInfo(folder);
        if (entry.LinkTarget is not null) File.Delete(folder);
        else if (entry.Exists) return true;
        else if (File.Exists(folder)) File.Delete(folder);
        return false;
    }

    /// <summary>
    /// Takes out of a reused tree every file and folder that is not one of <paramref name="keep"/>
    /// (paths inside the tree) or a folder holding one of them, so the tree is exactly the new one.
    /// A link is removed as a link: nothing outside the tree is ever reached.
    /// </summary>
    public void RemoveAllBut(IReadOnlySet<string> keep)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in keep)
        {
            for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
            {
                if (!folders.Add(path[..slash])) break;
            }
        }

        var level = new List<string> { "" };
        while (level.Count > 0)
        {
            var next = new System.Collections.Concurrent.ConcurrentBag<string>();
            InParallel.ForEachOnThreads(level, InFlight, folder =>
            {
                foreach (var entry in new DirectoryInfo(folder.Length == 0 ? _root : Path.Combine(_root, folder)).EnumerateFileSystemInfos())
                {
                    var path = folder.Length == 0 ? entry.Name : folder + "/" + entry.Name;
                    var isFolder = entry is DirectoryInfo && entry.LinkTarget is null;
                    if (isFolder && folders.Contains(path)) next.Add(path);
                    else if (isFolder) Directory.Delete(entry.FullName, recursive: true);
                    else if (!keep.Contains(path)) entry.Delete();
                }
            });
            level = [.. next];
        }
    }
}
