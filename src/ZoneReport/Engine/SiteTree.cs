using System.Collections.Immutable;
using System.Globalization;
using System.IO.Enumeration;
using System.Text;
using ZoneReport.Threading;

namespace ZoneReport.Engine;

/// <summary>One file of a tree as recorded: the SHA-256 of its bytes and its size.</summary>
public readonly record struct TreeFile(string Hash, long Size)
{
    public const string Unknown = "unknown";
}

/// <summary>
/// Publishes an incremental build with the same promise as a clean one: whoever reads the output
/// folder, at any moment, even after kill -9, sees the old complete site or the new complete site.
/// Two trees are kept: the published one and, beside it, the one it replaced ("back", one build
/// behind). A build brings the back tree up to date (the files that differ: new bytes written,
/// unchanged files hard-linked from the published tree, files gone deleted), then exchanges the
/// two folders in one renameat2(RENAME_EXCHANGE). Files are only ever replaced by rename, never
/// changed in place, so the two trees can share unchanged files. A journal in .cache/engine/ tells
/// the next build what a killed one had touched.
/// </summary>
public sealed class SiteTree
{
    private readonly string _output;
    private readonly string _state;
    private readonly Output.OutputFileSystem _files;

    public SiteTree(string outputFolder, string stateFolder, Output.OutputFileSystem? files = null)
    {
        _output = Path.GetFullPath(outputFolder);
        _state = stateFolder;
        _files = files ?? Output.OutputFileSystem.Real;
        var parent = Path.GetDirectoryName(_output)!;
        Back = Path.Combine(parent, $".{Path.GetFileName(_output)}.zonereport-back");
        Temporary = Path.Combine(parent, $".{Path.GetFileName(_output)}.zonereport-writing");
    }

    /// <summary>The tree the published one replaced, brought up to date and exchanged in by the next build.</summary>
    public string Back { get; }

    /// <summary>Files being written, before each is renamed into the back tree.</summary>
    public string Temporary { get; }

    public static bool Supported => Posix.IsLinux;

    private string BackListing => Path.Combine(_state, "back.tsv");
    private string Journal => Path.Combine(_state, "journal.tsv");
    private string PendingManifest => Path.Combine(_state, "manifest.pending.tsv");

    /// <summary>Finishes or rolls back what a killed build left: call before reading the manifest.</summary>
    public void Recover()
    {
        if (Directory.Exists(Temporary)) Directory.Delete(Temporary, recursive: true);
        if (!File.Exists(Journal)) return;
        var lines = File.ReadAllLines(Journal);
        var exchanged = lines.Length >= 2 && ulong.TryParse(lines[0], out var expected) && Posix.Inode(_output) == expected;
        if (exchanged && File.Exists(PendingManifest))
        {
            // The new tree is published; only the records were not: the old manifest describes the back tree now.
            var old = Manifest.Load(_state);
            SaveBack(old?.Files.ToDictionary(f => f.Key, f => new TreeFile(f.Value.OutputHash, f.Value.Size)) ?? [], ulong.Parse(lines[1], CultureInfo.InvariantCulture));
            File.Move(PendingManifest, Manifest.PathIn(_state), overwrite: true);
        }
        else if (!exchanged)
        {
            // The back tree was being changed: what was touched is unknown now and will be written again.
            var back = LoadBack();
            foreach (var path in lines.Skip(2)) back[path] = new TreeFile(TreeFile.Unknown, -1);
            SaveBack(back, Posix.Inode(Back) ?? 0);
            if (File.Exists(PendingManifest)) File.Delete(PendingManifest);
        }

        File.Delete(Journal);
    }

    /// <summary>
    /// The files of the published tree that the manifest names but that are missing (deleted by
    /// hand): their nodes are rendered again. (Only names are read: one directory read per folder.
    /// This is the check when there is no record of the output's stamps; with one, files edited by
    /// hand are found too: <see cref="OutputStamps"/>.) Files in the tree that the manifest does not
    /// name are left to the exchange, which takes them out of the published site.
    /// </summary>
    public ImmutableHashSet<string> Damaged(IReadOnlyDictionary<string, TreeFile> recorded)
    {
        var actual = Names(_output);
        return recorded.Keys.Where(path => !actual.Contains(path)).ToImmutableHashSet(StringComparer.Ordinal);
    }

    /// <summary>The relative paths of every file under a folder, from directory reads alone.</summary>
    public static HashSet<string> Names(string root)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (!Directory.Exists(root)) return names;
        var prefix = Path.GetFullPath(root).Length + 1;
        var entries = new FileSystemEnumerable<string>(root, (ref FileSystemEntry e) => e.ToFullPath()[prefix..].Replace('\\', '/'),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint })
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory,
        };
        foreach (var name in entries) names.Add(name);
        return names;
    }

    /// <summary>Makes the back tree hold exactly <paramref name="wanted"/>, then exchanges it with the published tree.</summary>
    /// <param name="published">The published tree's files as recorded (and checked by <see cref="Damaged"/>).</param>
    /// <param name="rendered">The bytes of every file rendered by this build; the others are linked from the published tree.</param>
    /// <param name="saveManifest">Writes the new manifest to the path it is given (the pending one).</param>
    /// <param name="damaged">
    /// Files found changed by hand in the published tree: written anew, whatever the back tree's
    /// record says (an edit in place also changed the back tree's copy when the two shared it).
    /// </param>
    public void Publish(
        IReadOnlyDictionary<string, TreeFile> published,
        IReadOnlyDictionary<string, TreeFile> wanted,
        IReadOnlyDictionary<string, byte[]> rendered,
        Action<string> saveManifest,
        IReadOnlySet<string>? damaged = null)
    {
        Directory.CreateDirectory(Back);
        var back = LoadBack();
        var actual = Scan(Back);
        var writes = new List<string>();
        var deletes = new List<string>();
        foreach (var (path, size) in actual)
        {
            var trusted = back.TryGetValue(path, out var file) && file.Size == size && damaged?.Contains(path) != true
                ? file
                : new TreeFile(TreeFile.Unknown, size);
            if (!wanted.TryGetValue(path, out var want)) deletes.Add(path);
            else if (trusted.Hash != want.Hash) writes.Add(path);
        }

        writes.AddRange(wanted.Keys.Where(path => !actual.ContainsKey(path)));
        var exchangedInode = Posix.Inode(Back) ?? throw new IOException($"cannot read the inode of {Back}");
        var publishedInode = Posix.Inode(_output) ?? throw new IOException($"cannot read the inode of {_output}");
        Directory.CreateDirectory(_state);
        AtomicFile.Write(Journal, Encoding.UTF8.GetBytes(
            $"{exchangedInode}\n{publishedInode}\n" + string.Concat(writes.Concat(deletes).Select(p => p + "\n"))));

        var writer = new TreeWriter(Back, Temporary, _files);
        InParallel.ForEachOnThreads(writes, TreeWriter.InFlight, path =>
        {
            if (rendered.TryGetValue(path, out var bytes)) writer.Write(path, bytes);
            else writer.LinkFrom(Path.Combine(_output, path), path);
        });
        foreach (var path in deletes.Order(StringComparer.Ordinal)) writer.Delete(path);
        Directory.Delete(Temporary, recursive: true);

        saveManifest(PendingManifest);
        _files.Exchange(Back, _output);
        // The old published tree is the back tree now; a file edited there by hand is not what the record says.
        SaveBack(damaged is null ? published : published.ToDictionary(f => f.Key,
            f => damaged.Contains(f.Key) ? new TreeFile(TreeFile.Unknown, -1) : f.Value, StringComparer.Ordinal), publishedInode);
        File.Move(PendingManifest, Manifest.PathIn(_state), overwrite: true);
        File.Delete(Journal);
    }

    /// <summary>After a clean build the back tree (if any) is no longer known file by file: the next incremental build checks it all.</summary>
    public void ForgetBack()
    {
        if (File.Exists(BackListing)) File.Delete(BackListing);
    }

    private Dictionary<string, TreeFile> LoadBack()
    {
        var files = new Dictionary<string, TreeFile>(StringComparer.Ordinal);
        if (!File.Exists(BackListing)) return files;
        var lines = File.ReadAllLines(BackListing);
        if (lines.Length == 0 || !ulong.TryParse(lines[0], out var inode) || Posix.Inode(Back) != inode) return files;
        foreach (var line in lines.Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length == 3 && long.TryParse(f[2], out var size)) files[f[0]] = new TreeFile(f[1], size);
        }

        return files;
    }

    private void SaveBack(IReadOnlyDictionary<string, TreeFile> files, ulong inode)
    {
        var text = new StringBuilder().Append(inode.ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (var (path, file) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            text.Append(path).Append('\t').Append(file.Hash).Append('\t').Append(file.Size.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        Directory.CreateDirectory(_state);
        AtomicFile.Write(BackListing, Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>Every file under a folder: relative path ('/' separators) and size. Links to folders are not followed.</summary>
    public static Dictionary<string, long> Scan(string root)
    {
        var files = new Dictionary<string, long>(StringComparer.Ordinal);
        if (!Directory.Exists(root)) return files;
        var prefix = Path.GetFullPath(root).Length + 1;
        var entries = new FileSystemEnumerable<(string, long)>(root, (ref FileSystemEntry e) => (e.ToFullPath()[prefix..].Replace('\\', '/'), e.Length),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = false })
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory,
        };
        foreach (var (path, size) in entries) files[path] = size;
        return files;
    }
}
