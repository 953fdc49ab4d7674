using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Data;

/// <summary>Figures, plans and photos are checked; each bad input names its file, line and problem.</summary>
public sealed class DataValidationTests : IDisposable
{
    private readonly TestSite _site = new();
    private string Figures => $"{_site.EditionFolder}/figures.yml";
    private string Plan => $"{_site.EditionFolder}/plans/11346.yml";
    private string Photos => $"{_site.EditionFolder}/photos.yml";

    [Fact]
    public void An_unknown_unit_names_file_line_and_column()
    {
        _site.Replace(Figures, "    unit: 个\n", "    unit: 座\n");
        var error = _site.BuildFails();
        Assert.Equal((Figures, 11, 11), (error.Location.File, error.Location.Line, error.Location.Column));
        Assert.Equal("unknown unit '座' in figure 'projects'", error.Message);
        Assert.Contains("亿元", error.Hint);
    }

    [Fact]
    public void A_value_must_be_a_number()
    {
        _site.Replace(Figures, "value: 349.8", "value: 349.8亿");
        var error = _site.BuildFails();
        Assert.Equal((Figures, 16), (error.Location.File, error.Location.Line));
        Assert.Contains("must be a number", error.Message);
    }

    [Theory]
    [InlineData("change: 7%", "change: 7 percent", "neither a percentage nor a multiple")]
    [InlineData("period: 2023", "period: 2023-H3", "is not a year, half, quarter or month range")]
    [InlineData("kind: target", "kind: plan", "kind 'plan' is not known")]
    public void Changes_periods_and_kinds_are_checked(string good, string bad, string message)
    {
        _site.Replace(Figures, good, bad);
        var error = _site.BuildFails();
        Assert.Equal(Figures, error.Location.File);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_label_needs_every_language()
    {
        _site.Replace(Figures, "label: { zh: 签约项目, en: Projects signed }", "label: { zh: 签约项目 }");
        var error = _site.BuildFails();
        Assert.Equal((Figures, 9), (error.Location.File, error.Location.Line));
        Assert.Equal("'label' has no English (en) text", error.Message);
    }

    [Fact]
    public void A_figure_must_belong_to_an_existing_article()
    {
        _site.Replace(Figures, "article: news", "article: newz");
        var error = _site.BuildFails();
        Assert.Equal((Figures, 8), (error.Location.File, error.Location.Line));
        Assert.Contains("'article: newz' names no article", error.Message);
    }

    [Fact]
    public void Duplicate_ids_are_refused()
    {
        _site.Replace(Figures, "id: projects", "id: gdp");
        var error = _site.BuildFails();
        Assert.Contains("figure id 'gdp' is used twice", error.Message);
    }

    [Fact]
    public void A_plan_whose_pillars_do_not_match_its_code_names_the_pillar_and_counts()
    {
        _site.Replace(Plan, "code: \"11346\"", "code: \"11356\"");
        var error = _site.BuildFails();
        Assert.Equal((Plan, 19), (error.Location.File, error.Location.Line));
        Assert.Equal("plan '11356', pillar 4 ('四大产业集群'): the code expects 5 items, the pillar counts 4", error.Message);
    }

    [Fact]
    public void A_plan_with_too_few_pillars_for_its_code_is_refused()
    {
        _site.Replace(Plan, "code: \"11346\"", "code: \"113467\"");
        var error = _site.BuildFails();
        Assert.Equal(Plan, error.Location.File);
        Assert.Equal("plan '113467' should have 6 pillars, one for each digit of its code, but lists 5", error.Message);
    }

    [Fact]
    public void A_pillar_whose_count_does_not_match_its_items_names_expected_and_actual()
    {
        _site.Replace(Plan, "      - { zh: 生物技术, en: Biotechnology }\n", "");
        var error = _site.BuildFails();
        Assert.Equal((Plan, 13), (error.Location.File, error.Location.Line));
        Assert.Equal("plan '11346', pillar 3 ('“两大主导+战略新兴”产业'): count is 3 but 2 items are listed", error.Message);
    }

    [Fact]
    public void A_chinese_count_code_sets_the_number_of_pillars()
    {
        _site.Replace(Plan, "code: \"11346\"", "code: 七个突出");
        var error = _site.BuildFails();
        Assert.Equal("plan '七个突出' should have 7 pillars, as its name says, but lists 5", error.Message);
    }

    [Fact]
    public void An_unknown_photo_id_in_an_article_names_the_article_line_and_column()
    {
        var article = $"{_site.EditionFolder}/plan.en.md";
        _site.Replace(article, "[[photo: sinopharm]]", "[[photo: sinopharma]]");
        var error = _site.BuildFails();
        Assert.Equal((article, 23, 1), (error.Location.File, error.Location.Line, error.Location.Column));
        Assert.Equal("unknown photo id 'sinopharma'", error.Message);
        Assert.Contains("sinopharm", error.Hint);
    }

    [Fact]
    public void A_photo_placed_twice_in_one_article_names_the_second_placement()
    {
        var article = $"{_site.EditionFolder}/plan.zh.md";
        _site.Replace(article, "[[figure: contract-funds]]", "[[figure: contract-funds]]\n\n[[photo: sinopharm]]");
        var error = _site.BuildFails();
        Assert.Equal((article, 27, 1), (error.Location.File, error.Location.Line, error.Location.Column));
        Assert.Equal("photo 'sinopharm' is placed twice in this article (first at line 23)", error.Message);
    }

    [Fact]
    public void A_malformed_placement_is_reported()
    {
        var article = $"{_site.EditionFolder}/plan.zh.md";
        _site.Replace(article, "[[figure: contract-funds]]", "[[figure contract-funds]]");
        var error = _site.BuildFails();
        Assert.Equal((article, 25, 1), (error.Location.File, error.Location.Line, error.Location.Column));
        Assert.Contains("is not a photo, figure or plan placement", error.Message);
    }

    [Fact]
    public void A_broken_link_names_the_article_line_and_column()
    {
        var article = $"{_site.EditionFolder}/plan.en.md";
        _site.Replace(article, "(news.en.md)", "(new.en.md)");
        var error = _site.BuildFails();
        Assert.Equal((article, 27, 9), (error.Location.File, error.Location.Line, error.Location.Column));
        Assert.Equal("broken link: 'new.en.md' does not exist", error.Message);
    }

    [Fact]
    public void Unsafe_attributes_and_addresses_are_refused()
    {
        var article = $"{_site.EditionFolder}/plan.en.md";
        _site.Replace(article, "## Leading industries", "## Leading industries {onclick=\"alert(1)\"}");
        Assert.Contains("attribute 'onclick' is not allowed", _site.BuildFails().Message);
        _site.Replace(article, "## Leading industries {onclick=\"alert(1)\"}", "[x](javascript:alert(1))");
        Assert.Contains("address type that is not allowed", _site.BuildFails().Message);
    }

    [Fact]
    public void A_photo_file_outside_the_edition_is_refused()
    {
        _site.Replace(Photos, "    article: plan", "    article: plan\n    file: ../../../site.yml");
        var error = _site.BuildFails();
        Assert.Equal((Photos, 6), (error.Location.File, error.Location.Line));
        Assert.Contains("outside the edition folder", error.Message);
    }

    [Fact]
    public void A_photo_without_an_image_shows_its_caption_and_says_so_never_a_broken_img()
    {
        _site.Build();
        var en = _site.Page("en/sample-zone/2022/plan/index.html");
        var zh = _site.Page("zh/sample-zone/2022/plan/index.html");
        Assert.DoesNotContain("<img", en);
        Assert.Contains("<figcaption>Sinopharm Holding <span class=\"credit\">Photo by Cao Wenjuan</span></figcaption>", en);
        Assert.Contains("The photo is not in the archive", en);
        Assert.Contains("原图未存档", zh);
    }

    [Fact]
    public void The_edition_page_shows_a_chart_of_growth_rates_with_a_text_alternative()
    {
        _site.Build();
        var en = _site.Page("en/sample-zone/2022/index.html");
        Assert.Contains("<svg class=\"chart-svg\"", en);
        Assert.Contains("aria-label=\"Growth, year on year: GDP (2022): up 7% year on year; General budget revenue (H1 2022): up 21% year on year\"", en);
        Assert.DoesNotContain("<script", Scripts.WithoutJsonLd(en));
    }

    public void Dispose() => _site.Dispose();
}
