using System.Diagnostics;
using System.Text;
using ZoneReport.Diagnostics;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Limits;

/// <summary>
/// Input at the edge: each limit of site.yml's 'limits:' is an error naming the file and line and
/// the setting, found before the parsers run (issue #14: Markdown 100 levels deep crashed the build
/// with Markdig's exception; 2,000 indented levels took 22.6 s first).
/// </summary>
public sealed class InputLimitTests : IDisposable
{
    private readonly TestSite _site = new();
    private string Article => $"{_site.EditionFolder}/news.zh.md";

    [Theory]
    [InlineData("blockquotes", 100, 0)]
    [InlineData("blockquotes", 100_000, 0)]
    [InlineData("spaced blockquotes", 200, 0)]
    [InlineData("indented list", 2_000, 32)]
    [InlineData("list markers on one line", 150, 0)]
    [InlineData("nested brackets", 10_000, 0)]
    [InlineData("open emphasis", 20_000, 0)]
    [InlineData("open strikethrough", 20_000, 0)]
    [InlineData("open footnote references", 5_000, 0)]
    public void Markdown_nested_too_deep_is_an_error_at_its_line_found_at_once(string shape, int size, int lineInBody)
    {
        var body = shape switch
        {
            "blockquotes" => new string('>', size) + " 深\n",
            "spaced blockquotes" => string.Concat(Enumerable.Repeat("> ", size)) + "深\n",
            "indented list" => string.Concat(Enumerable.Range(0, size).Select(i => new string(' ', 2 * i) + "- 项\n")),
            "list markers on one line" => string.Concat(Enumerable.Repeat("- ", size)) + "项\n",
            "nested brackets" => new string('[', size) + "x" + new string(']', size) + "\n",
            "open emphasis" => string.Concat(Enumerable.Repeat("**a _b ", size / 2)) + "\n",
            "open strikethrough" => string.Concat(Enumerable.Repeat("~~a ", size)) + "\n",
            _ => string.Concat(Enumerable.Repeat("[^a ", size)) + "\n",
        };
        AppendToBody(body);

        var clock = Stopwatch.StartNew();
        var error = Errors().Single();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"refused in {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal(Article, error.Location.File);
        Assert.Equal(BodyLine + lineInBody, error.Location.Line);
        Assert.EndsWith("(limit 32, set in site.yml as limits.markdown_depth)", error.Message);
        Assert.Matches($@"^{Regex(Article)}:\d+: error: ", error.Format());
    }

    [Fact]
    public void Deep_but_allowed_nesting_builds_and_the_limit_can_be_raised()
    {
        AppendToBody(new string('>', 40) + " 深\n");
        Assert.Contains("limits.markdown_depth", Errors().Single().Message);

        _site.Replace("site.yml", "output: _site", "output: _site\nlimits:\n  markdown_depth: 60");
        _site.Build();
        Assert.Contains("深", _site.Page("zh/sample-zone/2022/news/index.html"));
    }

    [Fact]
    public void A_thematic_break_and_code_are_not_nesting()
    {
        AppendToBody("\n" + string.Concat(Enumerable.Repeat("- ", 60)) + "\n\n```\n" + new string('>', 200) + " [[[[ *a *a *a\n```\n\n" +
                     "`" + new string('[', 100) + "`\n");
        _site.Build();
    }

    [Fact]
    public void A_file_larger_than_the_limit_is_refused_before_it_is_read()
    {
        _site.Replace("site.yml", "output: _site", "output: _site\nlimits:\n  file_kb: 8");
        AppendToBody(string.Concat(Enumerable.Repeat("这是一段很长的文字。\n\n", 400)));
        var error = Errors().Single();
        Assert.Equal($"{Article}: error: the file is 12 KiB, larger than any article or data file should be (limit 8 KiB, set in site.yml as limits.file_kb)", error.Format().Split('\n')[0]);
    }

    [Fact]
    public void YAML_nested_too_deep_is_an_error_and_never_overflows_the_stack()
    {
        var figures = $"{_site.EditionFolder}/figures.yml";
        _site.Replace(figures, "    period: 2022\n    article: plan", $"    period: 2022\n    article: plan\n    note: {new string('[', 200_000)}{new string(']', 200_000)}");
        var error = Errors().Single();
        Assert.Equal(figures, error.Location.File);
        Assert.Equal(8, error.Location.Line);
        Assert.Contains("nested 33 levels deep here (limit 32, set in site.yml as limits.yaml_depth)", error.Message);
    }

    [Fact]
    public void Deep_block_YAML_in_front_matter_is_an_error_at_its_line()
    {
        var deep = string.Concat(Enumerable.Range(0, 40).Select(i => new string(' ', 2 * i) + $"k{i}:\n")) + new string(' ', 80) + "v: 1\n";
        _site.Replace(Article, "\n---\n", $"\nextra:\n{string.Concat(deep.Split('\n').Select(l => l.Length > 0 ? "  " + l + "\n" : ""))}---\n");
        var error = Errors().First(e => e.Message.Contains("limits.yaml_depth"));
        Assert.Equal(Article, error.Location.File);
    }

    [Fact]
    public void A_list_longer_than_the_limit_is_an_error_at_the_list()
    {
        _site.Replace("site.yml", "output: _site", "output: _site\nlimits: { list_items: 3 }");
        var figures = $"{_site.EditionFolder}/figures.yml";
        var error = Errors().Single(e => e.Location.File == figures);
        Assert.Equal($"{figures}:2: error: this list has more than 3 items (limit 3, set in site.yml as limits.list_items)", error.Format().Split('\n')[0]);
    }

    [Fact]
    public void A_huge_generated_data_list_is_refused_quickly_naming_the_data_file()
    {
        var figures = $"{_site.EditionFolder}/huge.figures.yml";
        var items = new StringBuilder("figures:\n");
        for (var i = 0; i < 12_000; i++) items.Append($"  - id: f{i}\n    label: {{ zh: 数{i}, en: N{i} }}\n    value: {i}\n    unit: 个\n    period: 2022\n");
        _site.Write(figures, items.ToString());
        var clock = Stopwatch.StartNew();
        var error = Errors().Single();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20));
        Assert.Equal($"{figures}:2: error: this list has more than 10000 items (limit 10000, set in site.yml as limits.list_items)", error.Format().Split('\n')[0]);
    }

    [Theory]
    [InlineData("markdown_depth: 0", "limits.markdown_depth must be a whole number from 1 to 100, not 0")]
    [InlineData("markdown_depth: 500", "limits.markdown_depth must be a whole number from 1 to 100, not 500")]
    [InlineData("file_kb: lots", "'file_kb' must be a whole number, not 'lots'")]
    [InlineData("files_kb: 10", "files_kb")]
    public void A_bad_limit_in_site_yml_is_an_error(string setting, string message)
    {
        _site.Replace("site.yml", "output: _site", $"output: _site\nlimits:\n  {setting}");
        var error = Errors().Single();
        Assert.Equal("site.yml", error.Location.File);
        Assert.Contains(message, error.Message);
    }

    public void Dispose() => _site.Dispose();

    private int BodyLine { get; set; }

    private void AppendToBody(string text)
    {
        var current = _site.Read(Article);
        BodyLine = current.Count(c => c == '\n') + 2;
        _site.Write(Article, current + "\n" + text);
    }

    private List<BuildError> Errors() => Assert.Throws<BuildException>(() => _site.Build()).Errors.ToList();

    private static string Regex(string text) => System.Text.RegularExpressions.Regex.Escape(text);
}
