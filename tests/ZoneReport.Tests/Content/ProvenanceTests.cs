using AngleSharp.Html.Parser;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Content;

/// <summary>Where a text came from: each fact printed, inferred (with reason and by whom) or unknown, shown honestly.</summary>
public sealed class ProvenanceTests : IDisposable
{
    private readonly TestSite _site = new();
    private string EditionFile => $"{_site.EditionFolder}/edition.yml";
    private string News(string language) => $"{_site.EditionFolder}/news.{language}.md";

    private string SourceLine(string page) =>
        new HtmlParser().ParseDocument(_site.Page(page)).QuerySelector("p.source")!.TextContent;

    [Fact]
    public void Printed_facts_show_as_printed_with_the_weekday_and_series_banner_in_both_languages()
    {
        _site.Replace(News("zh"), "order: 2\n", "order: 2\nprovenance:\n  date: { status: printed, value: 2022-10-17, weekday: 星期一 }\n  series: 非凡十年出彩周口\n");
        _site.Replace(News("en"), "order: 2\n", "order: 2\nprovenance:\n  date: { status: printed, value: 2022-10-17, weekday: 星期一 }\n  series: A Remarkable Decade for Zhoukou\n");
        _site.Build();
        Assert.Equal("周口日报 · 特刊 7版 · 2022年10月17日 星期一", SourceLine("zh/sample-zone/2022/news/index.html"));
        Assert.Equal("Zhoukou Daily · Special edition, page 7 · Monday, 17 October 2022", SourceLine("en/sample-zone/2022/news/index.html"));
        Assert.Contains("<p class=\"series\">A Remarkable Decade for Zhoukou</p>", _site.Page("en/sample-zone/2022/news/index.html"));
    }

    [Fact]
    public void Inferred_and_unknown_facts_say_so_and_an_article_inherits_what_it_does_not_state()
    {
        _site.Replace(EditionFile, "publication: { zh: 周口日报, en: Zhoukou Daily }\n", "");
        _site.Replace(EditionFile, "date: 2022-10-17\n", "");
        _site.Replace(EditionFile, "page: { zh: 特刊 7版, en: \"Special edition, page 7\" }\n",
            "provenance:\n  publication:\n    status: inferred\n    value: { zh: 周口日报, en: Zhoukou Daily }\n" +
            "    reason: { zh: 记者王晨亦见于该报, en: its reporter writes for that paper }\n    by: { zh: 编辑部, en: the editors }\n" +
            "  date: { status: unknown }\n  page: { status: unknown }\n  section: { status: printed, value: { zh: 经济, en: Economy } }\n");
        _site.Replace(News("en"), "order: 2\n", "order: 2\nprovenance:\n  date: { status: inferred, value: 2023-01, reason: the commentary quotes the New Year address, by: the editors }\n");
        _site.Build();
        Assert.Equal("Zhoukou Daily (inferred by the editors: its reporter writes for that paper) · Economy · page not printed in the source · date not printed in the source",
            SourceLine("en/sample-zone/2022/index.html"));
        Assert.Equal("周口日报（编辑部推定：记者王晨亦见于该报） · 经济 · 报纸未注明版次 · 报纸未注明日期", SourceLine("zh/sample-zone/2022/index.html"));
        Assert.Equal("Zhoukou Daily (inferred by the editors: its reporter writes for that paper) · Economy · page not printed in the source · January 2023 (inferred by the editors: the commentary quotes the New Year address)",
            SourceLine("en/sample-zone/2022/news/index.html"));
        Assert.Contains("<time datetime=\"2023-01\">", _site.Page("en/sample-zone/2022/news/index.html"));
    }

    [Fact]
    public void A_byline_gets_its_own_line_and_no_line_is_ever_empty_or_ends_in_a_separator()
    {
        _site.Replace(EditionFile, "publication: { zh: 周口日报, en: Zhoukou Daily }\n", "");
        _site.Replace(EditionFile, "page: { zh: 特刊 7版, en: \"Special edition, page 7\" }\n", "");
        _site.Replace(EditionFile, "date: 2022-10-17\n", "");
        _site.Replace(News("en"), "order: 2\n", "order: 2\nbyline: Reporter Wang Chen\n");
        _site.Build();
        var document = new HtmlParser().ParseDocument(_site.Page("en/sample-zone/2022/news/index.html"));
        Assert.Equal("Reporter Wang Chen", document.QuerySelector("p.meta")!.TextContent);
        foreach (var line in document.QuerySelectorAll("p.meta, p.source"))
        {
            var text = line.TextContent.Trim();
            Assert.NotEqual("", text);
            Assert.False(text.StartsWith('·') || text.EndsWith('·'), text);
        }

        Assert.Equal("newspaper not named in the source · page not printed in the source · date not printed in the source", SourceLine("en/sample-zone/2022/news/index.html"));
    }

    [Theory]
    [InlineData("  date: { status: inferred, value: 2023-01 }\n", 6, "is inferred but does not say why")]
    [InlineData("  date: { status: printed }\n", 6, "is printed but has no value")]
    [InlineData("  date: { status: unknown, value: 2023 }\n", 6, "is unknown but has a value")]
    [InlineData("  date: { status: maybe }\n", 6, "status 'maybe' is not known")]
    [InlineData("  date: { status: printed, value: 2022-02-30 }\n", 6, "the date '2022-02-30' is not a date")]
    [InlineData("  date: { status: printed, value: 2022-10-17, weekday: 星期二 }\n", 6, "2022-10-17 was a 星期一, not a 星期二")]
    [InlineData("  page: { status: printed, value: 7 }\n  colour: red\n", 7, "unknown key 'colour'")]
    public void Bad_provenance_names_file_line_and_what_is_wrong(string block, int line, string message)
    {
        _site.Replace(News("en"), "order: 2\n", "order: 2\nprovenance:\n" + block);
        var error = _site.BuildFails();
        Assert.Equal((News("en"), line), (error.Location.File, error.Location.Line));
        Assert.Contains(message, error.Message);
        Assert.NotEmpty(error.Hint);
    }

    [Fact]
    public void A_fact_given_twice_is_an_error()
    {
        _site.Replace(EditionFile, "credits:", "provenance:\n  date: { status: unknown }\ncredits:");
        var error = _site.BuildFails();
        Assert.Equal(EditionFile, error.Location.File);
        Assert.Contains("'date' is given twice", error.Message);
    }

    public void Dispose() => _site.Dispose();
}
