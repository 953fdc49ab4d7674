using ZoneReport.Tests.Cli;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.BadInput;

/// <summary>
/// The bad-input suite: each case under Fixtures/bad-input/ breaks a copy of the fixture site
/// that was built once before, runs `zonereport build` as a user would, and checks that the
/// command names every expected error with its file and line, exits with the expected code, and
/// left the previous site and every source file as they were.
/// </summary>
public sealed class BadInputTests
{
    public static TheoryData<string> Cases() => new(BadInputCase.Names());

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_build_names_the_problem_and_changes_nothing(string name)
    {
        var @case = BadInputCase.Load(name);
        using var site = new TestSite();
        Assert.Equal(0, CliRun.Run("build", "--source", site.Folder).Code);
        @case.Apply(site);
        var before = Snapshot(site);

        var (code, output, errors) = CliRun.Run(["build", "--source", site.Folder, .. @case.Arguments]);

        var printed = PrintedError.AllIn(errors);
        var report = $"{@case.About}\nprinted:\n{errors}{output}";
        Assert.True(code == @case.Exit, $"exit code {code}, expected {@case.Exit}\n{report}");
        foreach (var expected in @case.Errors)
        {
            Assert.True(printed.Any(expected.Matches), $"expected {expected}\n{report}");
        }

        if (@case.Only) Assert.True(printed.Count == @case.Errors.Count, $"expected only {@case.Errors.Count} error(s)\n{report}");
        foreach (var text in @case.Printed) Assert.True((errors + output).Contains(text, StringComparison.Ordinal), $"expected '{text}'\n{report}");
        Assert.DoesNotContain("   at ", errors); // no stack trace
        Assert.Equal(before, Snapshot(site));
    }

    /// <summary>Every source file and the built site; .cache/ is the engine's and image cache's own business.</summary>
    private static SortedDictionary<string, string> Snapshot(TestSite site)
    {
        var all = TreeSnapshot.Of(site.Folder);
        foreach (var key in all.Keys.Where(k => k.StartsWith(".cache/", StringComparison.Ordinal)).ToList()) all.Remove(key);
        return all;
    }
}
