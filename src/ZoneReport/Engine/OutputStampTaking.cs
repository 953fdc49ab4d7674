using ZoneReport.Threading;

namespace ZoneReport.Engine;

/// <summary>Taking the stamps: all of them, or only those two builds can have changed.</summary>
public sealed partial class OutputStamps
{
    /// <summary>
    /// The same files stamped again as they are now, with the bytes recorded: for a record whose
    /// files were just checked whole (the stamps taken right after a clean build wrote and linked
    /// every file are too young to be trusted, so each check would read every file again).
    /// </summary>
    public OutputStamps Retaken(string outputFolder, TimeSpan? settleTime = null) =>
        Take(outputFolder, _folders.SelectMany(f => f.Files.Select(e => KeyValuePair.Create(
                f.Path.Length == 0 ? e.Name : $"{f.Path}/{e.Name}", new TreeFile(Convert.ToHexStringLower(e.Hash), 0))))
            .ToDictionary(StringComparer.Ordinal), settleTime);

    /// <summary>Stamps every file of <paramref name="files"/> as it is now in <paramref name="outputFolder"/>, and every folder holding them.</summary>
    public static OutputStamps Take(string outputFolder, IReadOnlyDictionary<string, TreeFile> files, TimeSpan? settleTime = null) =>
        Take(outputFolder, files, settleTime, null, null);

    /// <summary>
    /// This record (of the tree now published, as it was when last published) brought up to date:
    /// only the files in <paramref name="touched"/> (linked, replaced or deleted by the two builds
    /// since, in either tree: the trees share inodes, so a link or an unlink in one changes the other's
    /// change time), files new to the record, young ones and the folders holding any of them are looked at again.
    /// </summary>
    public OutputStamps Updated(string outputFolder, IReadOnlyDictionary<string, TreeFile> files, IReadOnlyCollection<string> touched)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal) { "" };
        foreach (var path in touched)
        {
            // The folder of each, and every folder above it (a folder made or removed changes its parent).
            for (var slash = path.LastIndexOf('/'); slash > 0 && folders.Add(path[..slash]); slash = path.LastIndexOf('/', slash - 1)) { }
        }

        return Take(outputFolder, files, null, this, new Touched(touched as IReadOnlySet<string> ?? touched.ToHashSet(StringComparer.Ordinal), folders));
    }

    private sealed record Touched(IReadOnlySet<string> Files, IReadOnlySet<string> Folders);

    /// <summary>Whether this record is of the folder at <paramref name="outputFolder"/> (by its inode: after an exchange it is the other tree's).</summary>
    public bool IsOf(string outputFolder) =>
        _folders.Length > 0 && _folders[0].Path.Length == 0 && _folders[0].Stamp is { } root && root.Inode == Posix.Inode(outputFolder);

    private static OutputStamps Take(string outputFolder, IReadOnlyDictionary<string, TreeFile> files, TimeSpan? settleTime, OutputStamps? known, Touched? touched)
    {
        var started = SourceStamps.Now();
        bool Settled(FileStamp stamp) => SourceStamps.IsSettled(stamp, started, settleTime);
        var byFolder = new Dictionary<string, List<(string Name, string Hash)>>(StringComparer.Ordinal) { [""] = [] };
        foreach (var (path, file) in files)
        {
            var slash = path.LastIndexOf('/');
            var folder = slash < 0 ? "" : path[..slash];
            if (!byFolder.TryGetValue(folder, out var list))
            {
                byFolder[folder] = list = [];
                // Its parents too, each once: a folder holding only folders is still a folder of the tree.
                for (var parent = folder.LastIndexOf('/'); parent > 0 && byFolder.TryAdd(folder[..parent], []); parent = folder.LastIndexOf('/', parent - 1)) { }
            }

            list.Add((path[(slash + 1)..], file.Hash));
        }

        var kept = known?._folders.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var folders = byFolder.Keys.Order(StringComparer.Ordinal).ToList();
        var taken = InParallel.Map(folders, folder =>
        {
            var names = byFolder[folder];
            names.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            var full = Path.Combine(outputFolder, folder);
            var old = kept?.GetValueOrDefault(folder);
            var keepFolder = old is { Settled: true, Stamp: not null } && !touched!.Folders.Contains(folder);
            var stamp = keepFolder ? old!.Stamp : Posix.Stamp(full);
            if (stamp is null) return new Folder(folder, null, false, []); // not there: its files are read (and found missing) next time
            var entries = new List<Entry>(names.Count);
            var at = 0;
            foreach (var (name, hash) in names)
            {
                // The old entries are in the same order: walked along once.
                while (old is not null && at < old.Files.Length && string.CompareOrdinal(old.Files[at].Name, name) < 0) at++;
                if (old is not null && at < old.Files.Length && old.Files[at] is { Settled: true } same && same.Name == name && Same(same.Hash, hash) &&
                    !touched!.Files.Contains(folder.Length == 0 ? name : $"{folder}/{name}"))
                {
                    entries.Add(same);
                }
                else if (Posix.Stamp(Path.Combine(full, name)) is { } s)
                {
                    entries.Add(new Entry(name, Zero(name), s, Settled(s), Convert.FromHexString(hash)));
                }
            }

            return new Folder(folder, stamp, keepFolder || Settled(stamp.Value), entries.ToArray());
        });
        return settleTime is null ? new OutputStamps(taken).Settle(outputFolder) : new OutputStamps(taken);
    }

    /// <summary>
    /// The record with its young fine-grained stamps taken again once they are old enough. Files just
    /// written or linked bear times within <see cref="SourceStamps.FineSettleTime"/> of now: waiting
    /// that long once, here, spares the next build reading each of them (after a clean build, all of
    /// them). A stamp that differs the second time (the file changed meanwhile) stays young, so the
    /// next build reads that file; whole-second stamps stay young too (they would take seconds).
    /// </summary>
    private OutputStamps Settle(string outputFolder)
    {
        static bool Waits(FileStamp? stamp, bool settled) => !settled && stamp is { } s && SourceStamps.IsFineGrained(s);
        var youngest = long.MinValue;
        foreach (var folder in _folders)
        {
            if (Waits(folder.Stamp, folder.Settled)) youngest = Math.Max(youngest, Math.Max(folder.Stamp!.Value.Modified, folder.Stamp.Value.Changed));
            foreach (var file in folder.Files)
            {
                if (Waits(file.Stamp, file.Settled)) youngest = Math.Max(youngest, Math.Max(file.Stamp.Modified, file.Stamp.Changed));
            }
        }

        if (youngest == long.MinValue) return this;
        var window = SourceStamps.FineSettleTime.Ticks * 100;
        // Never longer than twice the window, whatever the clock says (a file stamped in the future is left young).
        var wait = Math.Clamp(youngest + window - SourceStamps.Now(), 0, 2 * window) + 1_000_000;
        Thread.Sleep(TimeSpan.FromTicks(wait / 100));
        var again = SourceStamps.Now();
        bool Settled(FileStamp before, FileStamp? now) => now == before && SourceStamps.IsSettled(before, again);
        var folders = InParallel.Map(_folders, folder =>
        {
            if (!Waits(folder.Stamp, folder.Settled) && !folder.Files.Any(f => Waits(f.Stamp, f.Settled))) return folder;
            var full = Path.Combine(outputFolder, folder.Path);
            var files = folder.Files.Select(f => Waits(f.Stamp, f.Settled) ? f with { Settled = Settled(f.Stamp, Posix.Stamp(Path.Combine(full, f.Name))) } : f);
            var settled = folder.Settled || (Waits(folder.Stamp, folder.Settled) && Settled(folder.Stamp!.Value, Posix.Stamp(full)));
            return folder with { Settled = settled, Files = files.ToArray() };
        });
        return new OutputStamps(folders);
    }

    /// <summary>How many folders and files this record and <paramref name="other"/> stamp differently or hold only one of (0: the same record).</summary>
    public int DifferingFrom(OutputStamps other)
    {
        var theirs = other._folders.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var differing = other._folders.Count(f => !_folders.Any(g => g.Path == f.Path));
        foreach (var folder in _folders)
        {
            if (!theirs.TryGetValue(folder.Path, out var their))
            {
                differing += 1 + folder.Files.Length;
                continue;
            }

            if (folder.Stamp != their.Stamp) differing++;
            var files = their.Files.ToDictionary(f => f.Name, StringComparer.Ordinal);
            differing += their.Files.Count(f => !folder.Files.Any(g => g.Name == f.Name));
            differing += folder.Files.Count(f => !files.TryGetValue(f.Name, out var t) || t.Stamp != f.Stamp || !t.Hash.AsSpan().SequenceEqual(f.Hash));
        }

        return differing;
    }
}
