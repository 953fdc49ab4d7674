using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Content;

/// <summary>Bad input stops the build with the file, line and column, a reason and a hint.</summary>
public sealed class ContentErrorTests : IDisposable
{
    private readonly TestSite _site = new();
    private string Plan => $"{_site.EditionFolder}/plan.en.md";

    [Fact]
    public void Malformed_front_matter_yaml_names_the_line()
    {
        _site.Replace(Plan, "subtitle: Looking ahead", "subtitle: [Looking ahead");
        var error = _site.BuildFails();
        Assert.Equal(Plan, error.Location.File);
        Assert.InRange(error.Location.Line, 3, 4);
        Assert.Contains("not valid YAML", error.Message);
        Assert.NotEmpty(error.Hint);
    }

    [Fact]
    public void Unknown_front_matter_key_is_named_with_a_suggestion()
    {
        _site.Replace(Plan, "subtitle: Looking ahead", "subtitel: Looking ahead");
        var error = _site.BuildFails();
        Assert.Equal((Plan, 3, 1), (error.Location.File, error.Location.Line, error.Location.Column));
        Assert.Equal("unknown key 'subtitel'", error.Message);
        Assert.Equal("did you mean 'subtitle'?", error.Hint);
    }

    [Fact]
    public void Missing_title_is_reported()
    {
        _site.Replace(Plan, "title: The “11346” plan charts the road map\n", "");
        var error = _site.BuildFails();
        Assert.Equal(Plan, error.Location.File);
        Assert.Contains("'title' is missing", error.Message);
    }

    [Fact]
    public void Unclosed_front_matter_is_reported()
    {
        _site.Replace(Plan, "order: 1\n---", "order: 1\n");
        var error = _site.BuildFails();
        Assert.Equal((Plan, 1), (error.Location.File, error.Location.Line));
        Assert.Contains("never closed", error.Message);
    }

    [Theory]
    [InlineData("../../etc")]
    [InlineData("a/b")]
    [InlineData("..")]
    [InlineData("Plan 11346")]
    public void A_slug_that_could_leave_its_folder_is_refused(string slug)
    {
        _site.Replace(Plan, "order: 1", $"order: 1\nslug: \"{slug}\"");
        var error = _site.BuildFails();
        Assert.Equal((Plan, 11, 7), (error.Location.File, error.Location.Line, error.Location.Column));
        Assert.Contains("may only hold lower-case letters, digits and '-'", error.Message);
        Assert.StartsWith("use a name such as", error.Hint);
    }

    [Fact]
    public void A_missing_translation_names_the_missing_file()
    {
        _site.Delete($"{_site.EditionFolder}/news.en.md");
        var error = _site.BuildFails();
        Assert.Equal($"{_site.EditionFolder}/news.zh.md", error.Location.File);
        Assert.Contains($"{_site.EditionFolder}/news.en.md does not exist", error.Message);
        Assert.Contains("missing_translation: warn", error.Hint);
    }

    [Fact]
    public void A_missing_translation_can_be_downgraded_to_a_warning_with_a_visible_note()
    {
        _site.Delete($"{_site.EditionFolder}/news.en.md");
        _site.Replace($"{_site.EditionFolder}/plan.en.md", "See the [year-end review](news.en.md).", "");
        _site.Replace("site.yml", "output: _site", "output: _site\nmissing_translation: warn");
        var result = _site.Build();
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("news.en.md does not exist", warning.Message);
        var zh = _site.Page("zh/sample-zone/2022/news/index.html");
        Assert.Contains("href=\"../../../../en/sample-zone/2022/index.html\" hreflang=\"en\"", zh);
        Assert.Contains("本文暂无另一语言版本", zh);
    }

    [Fact]
    public void Ascii_punctuation_in_chinese_text_is_a_warning_that_points_at_the_first_one()
    {
        var article = $"{_site.EditionFolder}/plan.zh.md";
        _site.Replace(article, "产业发展规划，合同资金", "产业发展规划,合同资金");
        _site.Replace(article, "据开发区经济工作会议。", "据开发区经济工作会议:2022年。");
        // The edit also makes the English translation stale (a warning of its own).
        var warning = Assert.Single(_site.Build().Warnings, w => !w.Message.StartsWith("the translation is stale", StringComparison.Ordinal));
        Assert.Equal((article, 13, 29), (warning.Location.File, warning.Location.Line, warning.Location.Column));
        Assert.Equal("Chinese text has ASCII punctuation ',' (2 place(s) in this article, the first here)", warning.Message);
        Assert.Contains("'，'", warning.Hint);
    }

    [Fact]
    public void Straight_quotes_in_english_text_are_a_warning_that_points_at_the_first_one()
    {
        var article = $"{_site.EditionFolder}/plan.en.md";
        _site.Replace(article, "According to the zone’s economic", "According to the \"zone's\" economic");
        var warning = Assert.Single(_site.Build().Warnings);
        Assert.Equal((article, 29, 24), (warning.Location.File, warning.Location.Line, warning.Location.Column));
        Assert.Equal("English text has a straight quotation mark \" (3 place(s) in this article, the first here)", warning.Message);
        Assert.Contains("“ ”", warning.Hint);
    }

    [Fact]
    public void Numbers_and_english_in_chinese_text_keep_their_ascii_punctuation()
    {
        _site.Replace($"{_site.EditionFolder}/plan.zh.md", "合同资金226亿元", "合同资金1,226.5亿元，约合 CNY 122.65 billion, at 8:30 a.m. 开会");
        // The only warning is the English translation's: its original changed.
        Assert.StartsWith("the translation is stale", Assert.Single(_site.Build().Warnings).Message);
    }

    [Fact]
    public void Malformed_data_yaml_names_file_and_line()
    {
        _site.Write($"{_site.EditionFolder}/figures.yml", "figures:\n  - id: gdp\n    label: { zh: 地区生产总值, en: GDP\n");
        var error = _site.BuildFails();
        Assert.Equal($"{_site.EditionFolder}/figures.yml", error.Location.File);
        Assert.True(error.Location.Line >= 3, $"line {error.Location.Line}");
    }

    public void Dispose() => _site.Dispose();
}
