using System.Runtime.CompilerServices;

namespace ZoneReport.Tests.Support;

/// <summary>Finds folders of the repository from the test sources, wherever the tests run from.</summary>
public static class RepoPaths
{
    public static string TestsFolder([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, ".."));

    public static string Root => Path.GetFullPath(Path.Combine(TestsFolder(), "..", ".."));

    public static string Templates => Path.Combine(Root, "templates");

    public static string FixtureSite => Path.Combine(TestsFolder(), "Fixtures", "site");
}
