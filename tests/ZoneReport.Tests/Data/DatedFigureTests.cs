using ZoneReport.Data;
using ZoneReport.Model;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Data;

/// <summary>Figures with an as_of date or period, qualifiers in both languages, and the rule against contradicting pairs.</summary>
public sealed class DatedFigureTests : IDisposable
{
    private static readonly Language Chinese = new("zh", "zh-Hans", "zh", "中文");
    private static readonly Language English = new("en", "en", "en", "English");
    private readonly TestSite _site = new();
    private string Figures => $"{_site.EditionFolder}/figures.yml";

    [Theory]
    [InlineData(FigureQualifier.MoreThan, "100", "家", "100余家", "more than 100")]
    [InlineData(FigureQualifier.MoreThan, "80", "万元", "80余万元", "more than CNY 800,000")]
    [InlineData(FigureQualifier.AtLeast, "8.5", "%", "8.5%以上", "at least 8.5%")]
    [InlineData(FigureQualifier.Within, "3", "个工作日", "3个工作日以内", "within 3 working days")]
    [InlineData(FigureQualifier.Over, "100", "家", "突破100家", "over 100")]
    [InlineData(FigureQualifier.About, "1.5", "万人", "约1.5万人", "about 15,000 people")]
    [InlineData(FigureQualifier.Exceeds, "100", "亿元", "超100亿元", "over CNY 10 billion")]
    public void A_qualifier_reads_right_in_each_language(FigureQualifier qualifier, string value, string unit, string chinese, string english)
    {
        var amount = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(chinese, QuantityFormatter.Value(amount, new Unit(unit), qualifier, Chinese));
        Assert.Equal(english, QuantityFormatter.Value(amount, new Unit(unit), qualifier, English));
    }

    [Fact]
    public void A_year_to_date_figure_shows_its_period_and_as_of_date_and_no_longer_contradicts_the_full_year()
    {
        _site.Replace(Figures, "figures:\n", "figures:\n  - id: projects-october\n    label: { zh: 签约项目, en: Projects signed }\n    value: 30\n    unit: 个\n    qualifier: 余\n    period: 2022-01..2022-10\n    as_of: 2022-10-17\n");
        _site.Build();
        var en = _site.Page("en/sample-zone/2022/index.html");
        Assert.Contains("more than 30", en);
        Assert.Contains("<span class=\"period\">January–October 2022</span>", en);
        Assert.Contains("<time datetime=\"2022-10-17\">as of 17 October 2022</time>", en);
        Assert.Contains("截至2022年10月17日", _site.Page("zh/sample-zone/2022/index.html"));
    }

    [Fact]
    public void Two_figures_with_one_label_and_period_but_different_values_are_an_error_naming_both()
    {
        _site.Replace(Figures, "figures:\n", "figures:\n  - id: projects-again\n    label: { zh: 签约项目, en: Projects signed }\n    value: 30\n    unit: 个\n    period: 2022\n");
        var error = _site.BuildFails();
        Assert.Equal(Figures, error.Location.File);
        Assert.Contains("figures 'projects-again' (content/sample-zone/2022/figures.yml:2:5) and 'projects' both give '签约项目' for period 2022 but with different values", error.Message);
        Assert.Contains("revises: projects-again", error.Hint);
    }

    [Fact]
    public void A_figure_that_revises_the_other_is_allowed_and_a_revision_of_nothing_is_an_error()
    {
        _site.Replace(Figures, "figures:\n", "figures:\n  - id: projects-early\n    label: { zh: 签约项目, en: Projects signed }\n    value: 30\n    unit: 个\n    period: 2022\n");
        _site.Replace(Figures, "    article: news\n", "    article: news\n    revises: projects-early\n");
        _site.Build();
        _site.Replace(Figures, "    revises: projects-early\n", "    revises: projects-late\n");
        var error = _site.BuildFails();
        Assert.Contains("revises 'projects-late', which is no other figure of this edition", error.Message);
    }

    [Theory]
    [InlineData("    period: 2022\n    article: news\n", "    period: 2022\n    qualifier: 左右\n    article: news\n", "qualifier '左右' is not known")]
    [InlineData("    period: 2022\n    article: news\n", "    period: 2022\n    as_of: 2023-01-05\n    article: news\n", "outside its period 2022")]
    [InlineData("    period: 2022\n    article: news\n", "    period: 2022\n    as_of: 17 October\n    article: news\n", "'as_of' must be a date")]
    public void Bad_qualifiers_and_dates_are_located_errors(string good, string bad, string message)
    {
        _site.Replace(Figures, good, bad);
        var error = _site.BuildFails();
        Assert.Equal(Figures, error.Location.File);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void The_digit_banner_shows_only_for_a_printed_code()
    {
        var plan = $"{_site.EditionFolder}/plans/11346.yml";
        _site.Build();
        Assert.Contains("class=\"plan-code\"", _site.Page("en/sample-zone/2022/plans/11346/index.html"));
        _site.Replace(plan, "code: \"11346\"\n", "code: \"11346\"\ncode_printed: false\n");
        _site.Build();
        var page = _site.Page("en/sample-zone/2022/plans/11346/index.html");
        Assert.DoesNotContain("class=\"plan-code\"", page);
        Assert.DoesNotContain("class=\"plan-count\"", page);
    }

    public void Dispose() => _site.Dispose();
}
