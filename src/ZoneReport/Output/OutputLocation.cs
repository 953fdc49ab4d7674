using ZoneReport.Diagnostics;

namespace ZoneReport.Output;

/// <summary>
/// Decides whether a folder may become the output folder, before anything is written. The output
/// folder is ZoneReport's alone: each build replaces all of it, so it must never be a folder that
/// holds anything else (the site itself, its sources, a home folder, a disk, someone's files).
/// </summary>
public static class OutputLocation
{
    /// <summary>Folders of the site that hold sources or the tool's own state.</summary>
    private static readonly string[] SourceFolders = ["content", "templates", ".cache", ".git"];

    /// <summary>
    /// The full path of the output folder, or a <see cref="BuildException"/> saying why it may not be one.
    /// </summary>
    /// <param name="setIn">Where the folder was chosen, for the message: "--output" or "site.yml".</param>
    /// <param name="setAt">The line that chose it ('output:' in site.yml); the errors name the folder itself when null.</param>
    public static string Check(string siteFolder, string outputFolder, string setIn, SourceLocation? setAt = null)
    {
        var site = Normalize(Path.GetFullPath(siteFolder));
        var target = Normalize(Path.GetFullPath(Path.Combine(site, outputFolder)));
        BuildException Refuse(string why, string fix) => new(setAt ?? SourceLocation.PathOnly(target),
            $"refusing to use '{outputFolder}' (set with {setIn}) as the output folder: {why}", fix);
        const string choose = "choose a new folder of its own, such as '_site' (the default)";

        foreach (var candidate in new[] { target, Resolved(target) }.Distinct())
        {
            if (Path.GetDirectoryName(candidate) is null)
                throw Refuse("it is the root of a file system, and every build replaces the whole output folder", choose);
            if (IsHome(candidate))
                throw Refuse("it is the home folder, and every build replaces the whole output folder", choose);
            foreach (var siteItself in new[] { site, Resolved(site) }.Distinct())
            {
                if (candidate == siteItself)
                    throw Refuse("it is the site folder itself, holding site.yml, content/ and templates/", choose);
                if (IsInside(siteItself, candidate))
                    throw Refuse("it holds the site folder, which a build would delete", choose);
                foreach (var folder in SourceFolders)
                {
                    var source = Path.Combine(siteItself, folder);
                    if (candidate == source || IsInside(candidate, source))
                        throw Refuse($"it is inside the site's {folder}/ folder, which a build would overwrite", choose);
                }
            }
        }

        if (File.Exists(target))
            throw Refuse("a file of that name exists", "choose another folder name, or move the file away");
        if (Directory.Exists(target) && !SiteMarker.IsIn(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            throw Refuse($"it holds files that ZoneReport did not make (it has no {SiteMarker.FileName} marker), and a build replaces everything in it",
                $"{choose}; if it is a site built by an older ZoneReport, delete it once ('rm -r {outputFolder}') and build again");
        }

        return target;
    }

    private static bool IsHome(string path)
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return home.Length > 0 && (path == Normalize(home) || path == Resolved(Normalize(home)));
    }

    /// <summary>Whether <paramref name="path"/> lies strictly below <paramref name="folder"/>.</summary>
    private static bool IsInside(string path, string folder) =>
        path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, PathComparison);

    /// <summary>The path with every link in it followed, as far as it exists.</summary>
    private static string Resolved(string path)
    {
        var existing = path;
        var rest = new Stack<string>();
        while (!Directory.Exists(existing) && Path.GetDirectoryName(existing) is { } parent)
        {
            rest.Push(Path.GetFileName(existing));
            existing = parent;
        }

        try
        {
            var real = RealPath(existing);
            while (rest.Count > 0) real = Path.Combine(real, rest.Pop());
            return Normalize(real);
        }
        catch (IOException)
        {
            return path;
        }
    }

    private static string RealPath(string folder)
    {
        var parent = Path.GetDirectoryName(folder);
        var resolvedParent = parent is null ? folder : RealPath(parent);
        var here = parent is null ? folder : Path.Combine(resolvedParent, Path.GetFileName(folder));
        var link = new DirectoryInfo(here).ResolveLinkTarget(returnFinalTarget: true);
        return link is null ? here : Normalize(link.FullName);
    }

    private static string Normalize(string path) =>
        path.Length > 1 && Path.GetDirectoryName(path) is not null ? path.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) : path;

    private static StringComparison PathComparison =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
}
