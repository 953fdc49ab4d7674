using System.Text.Json;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Cli;

/// <summary>zonereport check: every problem of the build and of the content in one run, nothing written, exit 1 on errors, JSON for bots.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private const string Edition = "content/sample-zone/2022";
    private readonly TestSite _site = new();

    [Fact]
    public void A_clean_site_checks_with_exit_0_and_no_output_folder()
    {
        var (code, output, errors) = CliRun.Run("check", "--source", _site.Folder);
        Assert.Equal((0, "No errors, no warnings.\n", ""), (code, output, errors));
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void Reports_a_front_matter_a_data_and_a_template_error_in_one_run_with_exit_1()
    {
        _site.Replace($"{Edition}/news.zh.md", "order: 2", "order: second");
        _site.Replace($"{Edition}/figures.yml", "unit: 亩", "unit: acres");
        _site.Replace("templates/edition.html", "{{ edition.title }}", "{{ edition.title ");

        var (code, output, errors) = CliRun.Run("check", "--source", _site.Folder);

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains($"{Edition}/news.zh.md:4:8: error:", errors);
        Assert.Contains($"{Edition}/figures.yml:23:11: error: unknown unit 'acres'", errors);
        Assert.Contains("templates/edition.html:2:", errors);
        Assert.Contains("Check found 3 error(s)", errors);
        Assert.DoesNotContain("   at ", errors);
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void A_site_yml_error_and_a_content_error_are_reported_in_one_run()
    {
        _site.Replace("site.yml", "base_url: https://test.example.org/reports/", "base_url: reports");
        _site.Replace($"{Edition}/news.zh.md", "order: 2", "order: second");

        var (code, _, errors) = CliRun.Run("check", "--source", _site.Folder);

        Assert.Equal(1, code);
        Assert.Contains("site.yml:7:11: error: base_url must be a full web address, not 'reports'", errors);
        Assert.Contains($"{Edition}/news.zh.md:4:8: error: 'order' must be a whole number, not 'second'", errors);
        Assert.Contains("Check found 2 error(s)", errors);
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void Content_checks_find_a_figure_missing_from_its_article_and_a_number_the_translation_changed()
    {
        _site.Replace($"{Edition}/figures.yml", "value: 34\n", "value: 43\n");
        _site.Replace($"{Edition}/news.en.md", "GDP grew 7%", "GDP grew 9%");

        var (code, output, errors) = CliRun.Run("check", "--source", _site.Folder);

        Assert.Equal(0, code);
        Assert.Contains($"{Edition}/figures.yml:8:5: warning: figure 'projects' (43个) is not in the text of its article {Edition}/news.zh.md", errors);
        Assert.Contains($"{Edition}/news.en.md:7:1: warning: translation (number):", errors);
        Assert.Contains($"(original: {Edition}/news.zh.md:7)", errors);
        Assert.EndsWith("warning(s).\n", output);
    }

    [Fact]
    public void Translation_findings_are_errors_when_site_yml_says_so()
    {
        _site.Replace($"{Edition}/news.en.md", "GDP grew 7%", "GDP grew 9%");
        _site.Replace("site.yml", "output: _site", "output: _site\nstale_translation: error");
        var (code, _, errors) = CliRun.Run("check", "--source", _site.Folder);
        Assert.Equal(1, code);
        Assert.Contains($"{Edition}/news.en.md:7:1: error: translation (number):", errors);
    }

    [Fact]
    public void Json_lists_errors_and_warnings_with_file_line_column_message_hint_and_counts()
    {
        _site.Replace($"{Edition}/news.zh.md", "order: 2", "order: second");
        _site.Replace($"{Edition}/figures.yml", "value: 226\n", "value: 262\n");

        var (code, output, _) = CliRun.Run("check", "--format", "json", "--source", _site.Folder);

        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(output);
        var error = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray().ToList());
        Assert.Equal(($"{Edition}/news.zh.md", 4, 8), (error.GetProperty("file").GetString(), error.GetProperty("line").GetInt32(), error.GetProperty("column").GetInt32()));
        Assert.NotEmpty(error.GetProperty("message").GetString()!);
        Assert.NotEmpty(error.GetProperty("hint").GetString()!);
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(1, summary.GetProperty("errors").GetInt32());
        Assert.Equal(json.RootElement.GetProperty("warnings").GetArrayLength(), summary.GetProperty("warnings").GetInt32());
    }

    [Theory]
    [InlineData("check", "--format", "xml")]
    [InlineData("check", "--nope")]
    public void A_usage_mistake_exits_2(params string[] args) => Assert.Equal(2, CliRun.Run(args).Code);

    public void Dispose() => _site.Dispose();
}
