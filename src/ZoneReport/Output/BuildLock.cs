using System.Diagnostics;
using System.Globalization;
using ZoneReport.Diagnostics;

namespace ZoneReport.Output;

/// <summary>
/// One build at a time in a site folder: <c>.cache/build.lock</c> is created (atomically, so only
/// one build can) with the holder's process id, start time and machine, and deleted when the build
/// ends. A lock whose process is gone (a build killed with kill -9, a crashed preview) is stale and
/// taken over; a live one makes the next build wait a little, then refuse with a message that names
/// the holder. An output folder outside the site folder (<c>--output /var/www/report</c>) may be
/// shared by several sites, so a build also locks it (<see cref="AcquireOutput"/>).
/// </summary>
public sealed class BuildLock : IDisposable
{
    public const string RelativePath = ".cache/build.lock";

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);
    private readonly string _path;
    private readonly string _claim;
    private readonly bool _createdCacheFolder;

    private BuildLock(string path, string claim, bool createdCacheFolder)
    {
        _path = path;
        _claim = claim;
        _createdCacheFolder = createdCacheFolder;
    }

    /// <summary>Takes the site's lock, waiting up to <paramref name="wait"/> for a running build to finish.</summary>
    public static BuildLock Acquire(string siteFolder, TimeSpan wait) =>
        AcquireAt(Path.Combine(siteFolder, RelativePath), siteFolder, wait, holder => (
            $"another build is running in this site ({holder.Describe()}), so this one did not start",
            $"wait for it to finish and build again; if no build is running, delete {RelativePath}"));

    /// <summary>
    /// Takes the lock of an output folder that lies outside the site folder (beside it, as
    /// <c>.&lt;name&gt;.zonereport-lock</c>), so that two sites never write one output folder at once;
    /// null when the output is inside the site folder, where the site's lock covers it. Take it after the site's.
    /// </summary>
    public static BuildLock? AcquireOutput(string siteFolder, string outputFolder, TimeSpan wait)
    {
        var site = Path.TrimEndingDirectorySeparator(Path.GetFullPath(siteFolder)) + Path.DirectorySeparatorChar;
        var output = Path.GetFullPath(outputFolder);
        if (output.StartsWith(site, StringComparison.Ordinal)) return null;
        var path = OutputLockPath(output);
        return AcquireAt(path, siteFolder, wait, holder => (
            $"another build is writing the output folder '{output}' ({holder.Describe()}{(holder.Site.Length > 0 ? $", building {holder.Site}" : "")}), so this one did not start",
            $"wait for it to finish and build again; two sites should not share one output folder; if no build is running, delete {path}"));
    }

    /// <summary>Where the lock of an output folder outside the site lies: a hidden file beside it.</summary>
    public static string OutputLockPath(string outputFolder)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        return Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.zonereport-lock");
    }

    private static BuildLock AcquireAt(string path, string siteFolder, TimeSpan wait, Func<Claim, (string Message, string Hint)> refusal)
    {
        var cacheFolder = Path.GetDirectoryName(path)!;
        var claim = Claim.Current(Path.GetFullPath(siteFolder).ReplaceLineEndings(" ")).Format();
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var createdCacheFolder = false;
            try
            {
                createdCacheFolder = !Directory.Exists(cacheFolder);
                Directory.CreateDirectory(cacheFolder);
                using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read))
                using (var writer = new StreamWriter(stream))
                {
                    writer.Write(claim);
                }

                return new BuildLock(path, claim, createdCacheFolder);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Someone holds it, or held it and died: look below.
            }
            catch (Exception e) when (IoErrors.IsIo(e))
            {
                throw IoErrors.Writing(e, path);
            }

            var holder = ReadHolder(path);
            if (holder is null) continue; // released between our attempt and our look: try again
            if (holder.IsDead() && !IsBeingWritten(path, holder))
            {
                TakeAwayStale(path, holder);
                continue;
            }

            if (deadline.Elapsed >= wait)
            {
                var (message, hint) = refusal(holder);
                throw new BuildException(SourceLocation.PathOnly(path), message, hint);
            }

            Thread.Sleep(PollInterval);
        }
    }

    public void Dispose()
    {
        try
        {
            // Only our own claim is removed, never a lock someone took over after judging ours stale.
            if (File.Exists(_path) && File.ReadAllText(_path) == _claim) File.Delete(_path);
            if (_createdCacheFolder && !Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(_path)!).Any())
            {
                Directory.Delete(Path.GetDirectoryName(_path)!);
            }
        }
        catch (Exception e) when (IoErrors.IsIo(e))
        {
            // A lock left behind is stale once this process has ended; the next build takes it over.
        }
    }

    private static Claim? ReadHolder(string path)
    {
        try
        {
            return Claim.Parse(File.ReadAllText(path));
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (Exception e) when (IoErrors.IsIo(e))
        {
            throw IoErrors.Writing(e, path);
        }
    }

    /// <summary>A lock file is created empty and its claim written a moment later: not stale yet.</summary>
    private static bool IsBeingWritten(string path, Claim holder) =>
        holder.ProcessId == 0 && DateTime.UtcNow - File.GetLastWriteTimeUtc(path) < TimeSpan.FromSeconds(5);

    /// <summary>
    /// Moves a stale lock out of the way under a name of our own (one rename, so of two builds that
    /// both found it stale only one gets it), then checks it is still the stale claim we judged.
    /// </summary>
    private static void TakeAwayStale(string path, Claim stale)
    {
        var aside = $"{path}.stale-{Guid.NewGuid():N}";
        try
        {
            File.Move(path, aside);
            if (Claim.Parse(File.ReadAllText(aside)) == stale) File.Delete(aside);
            else File.Move(aside, path); // a live build's claim after all: give it back
        }
        catch (IOException)
        {
            // Someone else moved it first: they are taking over, and we wait for them as for any holder.
        }
    }

    /// <summary>What the lock file says: who holds it.</summary>
    /// <param name="Site">The site folder being built (empty in locks written before it was recorded).</param>
    private sealed record Claim(int ProcessId, DateTime StartedUtc, string Machine, string Site = "")
    {
        public static Claim Current(string site)
        {
            using var process = Process.GetCurrentProcess();
            return new Claim(process.Id, process.StartTime.ToUniversalTime(), Environment.MachineName, site);
        }

        public string Format() =>
            $"pid: {ProcessId}\nstarted: {StartedUtc.ToString("O", CultureInfo.InvariantCulture)}\nmachine: {Machine}\nsite: {Site}\n";

        /// <summary>An unreadable or half-written lock reads as process 0.</summary>
        public static Claim Parse(string text)
        {
            var fields = text.Split('\n').Select(line => line.Split(": ", 2)).Where(p => p.Length == 2)
                .GroupBy(p => p[0]).ToDictionary(g => g.Key, g => g.First()[1]);
            return new Claim(
                fields.TryGetValue("pid", out var pid) && int.TryParse(pid, CultureInfo.InvariantCulture, out var id) ? id : 0,
                fields.TryGetValue("started", out var started) && DateTime.TryParse(started, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var time)
                    ? time.ToUniversalTime() : DateTime.MinValue,
                fields.GetValueOrDefault("machine", ""),
                fields.GetValueOrDefault("site", ""));
        }

        /// <summary>
        /// The holder has ended: no process has its id, or the one that has started at another time
        /// (the id was reused). A lock from another machine (a shared folder) cannot be checked and
        /// is taken as live.
        /// </summary>
        public bool IsDead()
        {
            if (ProcessId <= 0) return true;
            if (Machine != Environment.MachineName) return false;
            try
            {
                using var process = Process.GetProcessById(ProcessId);
                if (process.HasExited) return true;
                return (process.StartTime.ToUniversalTime() - StartedUtc).Duration() > TimeSpan.FromSeconds(2);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                return true;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return false; // it exists but we may not look at it: someone else's live process
            }
        }

        public string Describe() =>
            $"process {ProcessId} on {Machine}, started {StartedUtc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC";
    }
}
