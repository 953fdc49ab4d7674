using ZoneReport.Checks;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Checks;

/// <summary>Figure parity with the text: a figure given for an article is in its original, as a number with its unit, or placed.</summary>
public sealed class FigureMentionsTests : IDisposable
{
    private readonly TestSite _site = new();

    [Fact]
    public void The_fixture_figures_are_all_in_their_articles()
    {
        Assert.Empty(FigureMentions.Check(SiteContentReader.Read(_site.Folder)));
    }

    [Fact]
    public void A_figure_whose_value_or_unit_the_text_does_not_give_is_reported_at_its_entry()
    {
        _site.Replace("content/sample-zone/2022/figures.yml", "value: 34\n    unit: 个", "value: 34\n    unit: 家");
        var warning = Assert.Single(FigureMentions.Check(SiteContentReader.Read(_site.Folder)));
        Assert.Equal("content/sample-zone/2022/figures.yml:8:5", warning.Location.ToString());
        Assert.Equal("figure 'projects' (34家) is not in the text of its article content/sample-zone/2022/news.zh.md", warning.Message);
    }

    [Fact]
    public void More_than_between_number_and_unit_and_a_placement_count_as_mentions()
    {
        _site.Replace("content/sample-zone/2022/news.zh.md", "全年签约项目34个", "全年签约项目34余个");
        Assert.Empty(FigureMentions.Check(SiteContentReader.Read(_site.Folder)));
        _site.Replace("content/sample-zone/2022/news.zh.md", "全年签约项目34余个，", "全年签约项目众多。\n\n[[figure: projects]]\n\n");
        _site.Replace("content/sample-zone/2022/news.en.md", "The zone signed 34 projects in the year; ", "The zone signed many projects.\n\n[[figure: projects]]\n\n");
        Assert.Empty(FigureMentions.Check(SiteContentReader.Read(_site.Folder)));
    }

    public void Dispose() => _site.Dispose();
}
