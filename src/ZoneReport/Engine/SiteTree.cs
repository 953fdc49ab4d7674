using System.Collections.Immutable;
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
/// The back tree is known by how it differs from the published one (<see cref="BackListing"/>:
/// the files the last build changed, those found damaged, those added by hand), so a build touches
/// only the files that this build and the last one changed, and never lists the whole tree.
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

    private string ListingFile => Path.Combine(_state, "back.bin");
    private string PendingListing => Path.Combine(_state, "back.pending.bin");
    private string Journal => Path.Combine(_state, "journal.tsv");
    private string PendingManifest => Path.Combine(_state, "manifest.pending.bin");

    /// <summary>Finishes or rolls back what a killed build left: call before reading the manifest.</summary>
    public void Recover()
    {
        if (Directory.Exists(Temporary)) Directory.Delete(Temporary, recursive: true);
        if (Directory.Exists(Discarded)) Directory.Delete(Discarded, recursive: true);
        if (!File.Exists(Journal)) return;
        var lines = File.ReadAllLines(Journal);
        var exchanged = lines.Length >= 3 && ulong.TryParse(lines[0], out var expected) && Posix.Inode(_output) == expected;
        if (exchanged && File.Exists(PendingManifest))
        {
            // The new tree is published; only the records were not moved into place.
            if (File.Exists(PendingListing)) File.Move(PendingListing, ListingFile, overwrite: true);
            File.Move(PendingManifest, Manifest.PathIn(_state), overwrite: true);
        }
        else if (!exchanged)
        {
            // The back tree was being changed: what was touched is unknown now and will be written again.
            if (File.Exists(PendingManifest)) File.Delete(PendingManifest);
            if (File.Exists(PendingListing)) File.Delete(PendingListing);
            if (lines.Length >= 3 && lines[2] == "update" && BackListing.Load(ListingFile) is { } listing)
            {
                listing.WithUnknown(lines.Skip(3)).Save(ListingFile);
            }
            else
            {
                ForgetBack();
            }
        }

        File.Delete(Journal);
    }

    /// <summary>
    /// The files of the published tree that the manifest names but that are missing (deleted by
    /// hand), and the files in it that the manifest does not name (added by hand). Only names are
    /// read: one directory read per folder. This is the check when there is no record of the
    /// output's stamps; with one, files edited by hand are found too: <see cref="OutputStamps"/>.
    /// </summary>
    public (ImmutableHashSet<string> Damaged, ImmutableArray<string> Added) Check(IReadOnlyDictionary<string, TreeFile> recorded)
    {
        var actual = Names(_output);
        return (recorded.Keys.Where(path => !actual.Contains(path)).ToImmutableHashSet(StringComparer.Ordinal),
            [.. actual.Where(path => !recorded.ContainsKey(path)).Order(StringComparer.Ordinal)]);
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
    /// <param name="published">The published tree's files as recorded (and checked by <see cref="OutputStamps"/> or <see cref="Check"/>).</param>
    /// <param name="wanted">Every file of the new tree.</param>
    /// <param name="rendered">The bytes of every file rendered by this build; the others are as in <paramref name="published"/>.</param>
    /// <param name="saveManifest">Writes the new manifest to the path it is given (the pending one).</param>
    /// <param name="damaged">
    /// Files found changed by hand in the published tree: written anew, whatever the back tree's
    /// record says (an edit in place also changed the back tree's copy when the two shared it).
    /// </param>
    /// <param name="added">Files and folders added by hand to the published tree: the back tree they go to drops them next time.</param>
    /// <returns>
    /// The paths this build and the last one linked, replaced or deleted in either tree (the only
    /// files whose stamps can have changed since the tree now published was last published), or
    /// null when the back tree was made anew (every file).
    /// </returns>
    public IReadOnlyCollection<string>? Publish(
        IReadOnlyDictionary<string, TreeFile> published,
        IReadOnlyDictionary<string, TreeFile> wanted,
        IReadOnlyDictionary<string, byte[]> rendered,
        Action<string> saveManifest,
        IReadOnlySet<string>? damaged = null,
        IReadOnlyList<string>? added = null)
    {
        damaged ??= ImmutableHashSet<string>.Empty;
        // The files where the new tree differs from the published one: only these can differ between it and the back tree as well.
        var changed = new HashSet<string>(damaged, StringComparer.Ordinal);
        foreach (var path in rendered.Keys)
        {
            if (!published.TryGetValue(path, out var file) || file.Hash != wanted[path].Hash) changed.Add(path);
        }

        foreach (var path in published.Keys)
        {
            if (!wanted.ContainsKey(path)) changed.Add(path);
        }

        var listing = Directory.Exists(Back) ? BackListing.Load(ListingFile) : null;
        if (listing is not null && (listing.BackInode != Posix.Inode(Back) || listing.FrontInode != Posix.Inode(_output))) listing = null;
        var writes = new List<string>();
        var deletes = new List<string>();
        if (listing is null)
        {
            // No record of the back tree (the first build after a clean one): it is made anew, every file linked or written.
            if (Directory.Exists(Back)) Directory.Delete(Back, recursive: true);
            writes.AddRange(wanted.Keys);
        }
        else
        {
            foreach (var path in changed.Concat(listing.Differences.Keys).Distinct(StringComparer.Ordinal))
            {
                var inBack = listing.Differences.TryGetValue(path, out var known) ? known : published.TryGetValue(path, out var file) ? file : (TreeFile?)null;
                if (damaged.Contains(path)) inBack = new TreeFile(TreeFile.Unknown, -1);
                if (wanted.TryGetValue(path, out var want))
                {
                    if (inBack?.Hash != want.Hash) writes.Add(path);
                }
                else if (inBack is not null)
                {
                    deletes.Add(path);
                }
            }
        }

        _files.CreateDirectory(Back);
        var exchangedInode = Posix.Inode(Back) ?? throw new IOException($"cannot read the inode of {Back}");
        var publishedInode = Posix.Inode(_output) ?? throw new IOException($"cannot read the inode of {_output}");
        Directory.CreateDirectory(_state);
        AtomicFile.Write(Journal, Encoding.UTF8.GetBytes(
            $"{exchangedInode}\n{publishedInode}\n{(listing is null ? "fresh" : "update")}\n" + string.Concat(writes.Concat(deletes).Select(p => p + "\n"))));

        // A tree made anew is no one's yet: its files are written in place. One being updated gets each file by rename.
        var writer = listing is null ? new TreeWriter(Back, null, _files) : new TreeWriter(Back, Temporary, _files);
        foreach (var extra in listing?.Added ?? []) writer.DeleteAny(extra);
        InParallel.ForEachOnThreads(writes, TreeWriter.InFlight, path =>
        {
            if (rendered.TryGetValue(path, out var bytes)) writer.Write(path, bytes);
            else writer.LinkFrom(Path.Combine(_output, path), path);
        });
        foreach (var path in deletes.Order(StringComparer.Ordinal)) writer.Delete(path);
        if (Directory.Exists(Temporary)) Directory.Delete(Temporary, recursive: true);

        saveManifest(PendingManifest);
        // After the exchange the back tree is the published one of now: it differs from the new one
        // where this build changed something, where it was damaged and where files were added by hand.
        var differences = new Dictionary<string, TreeFile?>(StringComparer.Ordinal);
        foreach (var path in changed)
        {
            differences[path] = damaged.Contains(path) ? new TreeFile(TreeFile.Unknown, -1) : published.TryGetValue(path, out var file) ? file : null;
        }

        ImmutableArray<string> touched = [.. writes.Concat(deletes).Concat(listing?.Added ?? [])];
        new BackListing(publishedInode, exchangedInode, differences, [.. added ?? []], touched).Save(PendingListing);
        _files.Exchange(Back, _output);
        File.Move(PendingListing, ListingFile, overwrite: true);
        File.Move(PendingManifest, Manifest.PathIn(_state), overwrite: true);
        File.Delete(Journal);
        if (listing is null) return null;
        var both = new HashSet<string>(touched, StringComparer.Ordinal);
        both.UnionWith(listing.Touched);
        return both;
    }

    /// <summary>After a clean build the back tree (if any) is no longer known: the next incremental build makes it anew.</summary>
    public void ForgetBack()
    {
        if (File.Exists(ListingFile)) File.Delete(ListingFile);
    }

    /// <summary>
    /// For a clean build: the back tree, to be taken as the new tree's staging folder (its files
    /// written over, the rest removed: no inode to make for most files), when it is a folder of
    /// ZoneReport's; null when there is none to take. It is forgotten either way.
    /// </summary>
    public string? TakeBack()
    {
        ForgetBack();
        var back = new DirectoryInfo(Back);
        return back.Exists && back.LinkTarget is null && Output.SiteMarker.IsIn(Back) ? Back : null;
    }

    /// <summary>A back tree being deleted out of the way (renamed first, so a new one can be made at once).</summary>
    private string Discarded => Back + ".discarded";

    /// <summary>
    /// For a clean build: forgets the back tree and deletes it in the background (tens of
    /// thousands of files take seconds), while the new tree is rendered. Wait for the task before the build ends.
    /// </summary>
    public Task DiscardBack()
    {
        ForgetBack();
        if (!Directory.Exists(Back)) return Task.CompletedTask;
        if (Directory.Exists(Discarded)) Directory.Delete(Discarded, recursive: true);
        Directory.Move(Back, Discarded);
        return Task.Run(() =>
        {
            try
            {
                Directory.Delete(Discarded, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Deleted by the next build (Recover).
            }
        });
    }

    /// <summary>
    /// After a clean build: the second tree, every file hard-linked from the published one, so that
    /// the next build only updates the files it changes before exchanging the trees.
    /// </summary>
    public void MakeBack(IReadOnlyCollection<string> files)
    {
        ForgetBack();
        if (Directory.Exists(Back)) Directory.Delete(Back, recursive: true);
        _files.CreateDirectory(Back);
        var writer = new TreeWriter(Back, null, _files);
        InParallel.ForEachOnThreads(files, TreeWriter.InFlight, path => writer.LinkFrom(Path.Combine(_output, path), path));
        var back = Posix.Inode(Back) ?? throw new IOException($"cannot read the inode of {Back}");
        var published = Posix.Inode(_output) ?? throw new IOException($"cannot read the inode of {_output}");
        new BackListing(back, published, new Dictionary<string, TreeFile?>(), [], []).Save(ListingFile);
    }
}

/// <summary>
/// How the back tree differs from the published one, in .cache/engine/back.bin: the files whose
/// bytes differ (null: not in the back tree; <see cref="TreeFile.Unknown"/>: to be written
/// whatever they hold), and the files and folders added by hand that it holds. Valid while the two
/// folders are the ones it names by inode.
/// </summary>
/// <param name="Touched">The paths the build that made the listing linked, replaced or deleted in the back tree (see <see cref="SiteTree.Publish"/>).</param>
internal sealed record BackListing(ulong BackInode, ulong FrontInode, IReadOnlyDictionary<string, TreeFile?> Differences, ImmutableArray<string> Added,
    ImmutableArray<string> Touched)
{
    private static ReadOnlySpan<byte> Kind => "ZRBT"u8;
    private const string Version = "4";

    public BackListing WithUnknown(IEnumerable<string> paths)
    {
        var differences = new Dictionary<string, TreeFile?>(Differences, StringComparer.Ordinal);
        foreach (var path in paths) differences[path] = new TreeFile(TreeFile.Unknown, -1);
        return this with { Differences = differences };
    }

    public void Save(string path)
    {
        var writer = CacheFile.Start(Kind, Version);
        writer.Long((long)BackInode);
        writer.Long((long)FrontInode);
        writer.Int(Differences.Count);
        foreach (var (file, tree) in Differences.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            writer.String(file);
            if (!writer.Present(tree)) continue;
            writer.HashText(tree!.Value.Hash);
            writer.Long(tree.Value.Size);
        }

        writer.Int(Added.Length);
        foreach (var added in Added) writer.String(added);
        writer.Int(Touched.Length);
        foreach (var touched in Touched) writer.String(touched);
        CacheFile.Save(path, writer);
    }

    public static BackListing? Load(string path) => CacheFile.Load(path, Kind, Version, reader =>
    {
        var back = (ulong)reader.Long();
        var front = (ulong)reader.Long();
        var differences = new Dictionary<string, TreeFile?>(StringComparer.Ordinal);
        for (var i = reader.Count(); i > 0; i--)
        {
            var file = reader.String();
            differences[file] = reader.Bool() ? new TreeFile(reader.HashText(), reader.Long()) : null;
        }

        var added = ImmutableArray.CreateBuilder<string>();
        for (var i = reader.Count(); i > 0; i--) added.Add(reader.String());
        var touched = ImmutableArray.CreateBuilder<string>();
        for (var i = reader.Count(); i > 0; i--) touched.Add(reader.String());
        return reader.AtEnd ? new BackListing(back, front, differences, added.ToImmutable(), touched.ToImmutable()) : null;
    });
}
