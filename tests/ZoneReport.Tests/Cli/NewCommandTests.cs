using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Cli;

/// <summary>zonereport new: what it says it wrote, exit 1 with nothing written on a bad name, 2 on a usage mistake.</summary>
public sealed class NewCommandTests : IDisposable
{
    private readonly TestSite _site = new();

    [Fact]
    public void New_article_writes_both_languages_and_records_the_translation()
    {
        var (code, output, _) = CliRun.Run("new", "article", "sample-zone/2022/report", "--source", _site.Folder);
        Assert.Equal(0, code);
        Assert.StartsWith("wrote content/sample-zone/2022/report.zh.md\nwrote content/sample-zone/2022/report.en.md\n", output);
        Assert.Contains("report.en.md:\n  source: report.zh.md\n  translated: 2024-06-01\n", _site.Read("content/sample-zone/2022/translations.lock.yml"));

        var check = CliRun.Run("check", "--translations", "--drafts", "--source", _site.Folder);
        Assert.StartsWith("3 translations: 3 up to date, 0 stale, 0 not recorded", check.Output); // news, plan and the new report
    }

    [Fact]
    public void A_file_that_exists_is_an_error_with_exit_1_and_no_trace()
    {
        var (code, _, errors) = CliRun.Run("new", "zone", "sample-zone", "--source", _site.Folder);
        Assert.Equal(1, code);
        Assert.Equal("content/sample-zone/zone.yml: error: content/sample-zone/zone.yml exists already; new never overwrites a file\n" +
            "  hint: choose another name, or edit the file that is there\nNothing was written.\n", errors);
    }

    [Theory]
    [InlineData("new")]
    [InlineData("new", "zone")]
    [InlineData("new", "issue", "x")]
    public void A_missing_name_or_an_unknown_kind_is_a_usage_mistake(params string[] args)
    {
        var (code, _, errors) = CliRun.Run(args);
        Assert.Equal(2, code);
        Assert.Contains("--help", errors);
    }

    public void Dispose() => _site.Dispose();
}
