using ZoneReport.Diagnostics;
using ZoneReport.Site;

namespace ZoneReport.Tests.Support;

/// <summary>
/// A copy of the fixture site (tests/ZoneReport.Tests/Fixtures/site with the repository's templates)
/// in a temporary folder, which a test may change before building it.
/// </summary>
public sealed class TestSite : IDisposable
{
    public TestSite(string? source = null)
    {
        Folder = Path.Combine(Path.GetTempPath(), "zonereport-tests", Guid.NewGuid().ToString("N"));
        Copy(source ?? RepoPaths.FixtureSite, Folder);
        Copy(RepoPaths.Templates, Path.Combine(Folder, "templates"));
    }

    public string Folder { get; }

    /// <summary>A copy of the real site of the repository: site.yml, content/ and templates/.</summary>
    public static TestSite FromRepository()
    {
        var site = new TestSite(Path.Combine(RepoPaths.Root, "content"), "content");
        File.Copy(Path.Combine(RepoPaths.Root, "site.yml"), Path.Combine(site.Folder, "site.yml"));
        return site;
    }

    private TestSite(string source, string into)
    {
        Folder = Path.Combine(Path.GetTempPath(), "zonereport-tests", Guid.NewGuid().ToString("N"));
        Copy(source, Path.Combine(Folder, into));
        Copy(RepoPaths.Templates, Path.Combine(Folder, "templates"));
    }

    public string Output => Path.Combine(Folder, "_site");

    public string EditionFolder => "content/sample-zone/2022";

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Folder, relativePath));

    public void Replace(string relativePath, string oldText, string newText)
    {
        var text = Read(relativePath);
        Assert.Contains(oldText, text);
        Write(relativePath, text.Replace(oldText, newText));
    }

    public void Delete(string relativePath) => File.Delete(Path.Combine(Folder, relativePath));

    public BuildResult Build(bool drafts = false, bool future = false, DateTimeOffset? now = null) =>
        SiteBuilder.Build(new BuildOptions(Folder, null, drafts, IncludeFuture: future, Clock: new TestClock(now ?? TestClock.Noon)));

    /// <summary>Builds, expecting failure, and returns the single error (or the first of several).</summary>
    public BuildError BuildFails()
    {
        var exception = Assert.Throws<BuildException>(() => Build());
        return exception.Errors[0];
    }

    public string Page(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }

    private static void Copy(string from, string to)
    {
        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, directory);
            if (relative.Split(Path.DirectorySeparatorChar).Contains("_site")) continue;
            Directory.CreateDirectory(Path.Combine(to, relative));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.Split(Path.DirectorySeparatorChar).Contains("_site")) continue;
            File.Copy(file, Path.Combine(to, relative));
        }
    }
}
