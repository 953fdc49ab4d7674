using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ZoneReport.Rendering;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Rendering;

/// <summary>
/// Chinese words that a template writes on an English page (titles, captions, labels from YAML and
/// front matter) are marked lang="zh-Hans" in element text, and nowhere a span is not allowed.
/// </summary>
public sealed class ChineseRunMarkerTests : IDisposable
{
    private readonly TestSite _site = new();

    [Fact]
    public void Only_element_text_outside_chinese_elements_is_marked()
    {
        const string page = "<!DOCTYPE html>\n<html lang=\"en\"><head><title>Plan (规划)</title>"
            + "<meta property=\"og:title\" content=\"Plan (规划)\"><script type=\"application/ld+json\">{\"headline\":\"规划\"}</script>"
            + "<style>/* 规划 */</style></head><body><!-- 规划 --><h1 title=\"规划\">Plan (规划)</h1><br>"
            + "<p>Names: 昌建·五间楼 and 奋进新征程 建功新时代, 3 &lt;规划&gt; &#183;</p>"
            + "<a lang=\"zh-Hans\" hreflang=\"zh-Hans\">中文</a><div lang=\"zh-Hans\"><p>全文<em lang=\"en\">English 英文</em></p></div>"
            + "<svg><text>图表</text></svg><select><option>选项</option></select><textarea>文本</textarea></body></html>";

        var html = ChineseRunMarker.Mark(page, "zh-Hans");

        Assert.Contains("<title>Plan (规划)</title>", html);
        Assert.Contains("content=\"Plan (规划)\"", html);
        Assert.Contains("{\"headline\":\"规划\"}", html);
        Assert.Contains("/* 规划 */", html);
        Assert.Contains("<!-- 规划 -->", html);
        Assert.Contains("<h1 title=\"规划\">Plan (<span lang=\"zh-Hans\">规划</span>)</h1>", html);
        // A run goes on through joining punctuation and spaces; escaped text stays escaped.
        Assert.Contains("<p>Names: <span lang=\"zh-Hans\">昌建·五间楼</span> and <span lang=\"zh-Hans\">奋进新征程 建功新时代</span>, 3 &lt;<span lang=\"zh-Hans\">规划</span>&gt; ·</p>", html);
        Assert.Contains("<a lang=\"zh-Hans\" hreflang=\"zh-Hans\">中文</a>", html);
        Assert.Contains("<p>全文<em lang=\"en\">English <span lang=\"zh-Hans\">英文</span></em></p>", html);
        Assert.Contains("<svg><text>图表</text></svg><select><option>选项</option></select><textarea>文本</textarea>", html);
        // Nothing but the spans was added.
        Assert.Equal(page.Replace("&#183;", "·"), html.Replace("<span lang=\"zh-Hans\">", "").Replace("</span>", ""));
    }

    [Fact]
    public void Titles_captions_labels_and_summaries_from_yaml_and_front_matter_are_marked_on_english_pages_only()
    {
        var edition = _site.EditionFolder;
        _site.Replace($"{edition}/news.en.md", "title: Year-end review", "title: Year-end review (年终综述)");
        _site.Replace($"{edition}/news.en.md", "summary: The zone signed 34 projects in the year.", "summary: The zone signed 34 projects (签约项目) <b>.");
        _site.Replace($"{edition}/photos.yml", "en: Sinopharm Holding", "en: Sinopharm Holding (国药控股)");
        _site.Replace($"{edition}/figures.yml", "en: Contract funds", "en: Contract funds (合同资金)");
        _site.Replace($"{edition}/plans/11346.yml", "en: The “11346” industrial development plan", "en: The “11346” industrial development plan (产业发展规划)");
        _site.Build();

        var article = _site.Page("en/sample-zone/2022/news/index.html");
        var document = new HtmlParser().ParseDocument(article);
        Assert.Equal("<span lang=\"zh-Hans\">年终综述</span>", document.QuerySelector("h1 span")!.OuterHtml);
        Assert.Equal("Year-end review (年终综述) · Zone Reports (test)", document.Title);
        Assert.Equal("Year-end review (年终综述)", document.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.DoesNotContain("<span", document.Head!.InnerHtml);

        var editionPage = _site.Page("en/sample-zone/2022/index.html");
        Assert.Contains("(<span lang=\"zh-Hans\">签约项目</span>) &lt;b&gt;.", editionPage);
        Assert.Contains("Sinopharm Holding (<span lang=\"zh-Hans\">国药控股</span>)", editionPage);
        Assert.Contains("Contract funds (<span lang=\"zh-Hans\">合同资金</span>)", editionPage);
        Assert.Contains("plan (<span lang=\"zh-Hans\">产业发展规划</span>)", _site.Page("en/sample-zone/2022/plans/11346/index.html"));

        // Every Chinese word in the body of an English page is inside an element in Chinese; a Chinese page has no spans at all.
        foreach (var path in new[] { "en/sample-zone/2022/news/index.html", "en/sample-zone/2022/index.html", "en/sample-zone/2022/plans/11346/index.html" })
        {
            var body = new HtmlParser().ParseDocument(_site.Page(path)).Body!;
            var unmarked = body.Descendants<IText>()
                .Where(t => t.Data.Any(ZoneReport.Markdown.ChineseRuns.IsHan) && t.ParentElement!.Closest("[lang^='zh']") is null && t.ParentElement.Closest("svg") is null)
                .Select(t => t.Data).ToList();
            Assert.True(unmarked.Count == 0, $"{path}: unmarked Chinese text: {string.Join(" | ", unmarked)}");
        }

        Assert.DoesNotContain("<span lang=", _site.Page("zh/sample-zone/2022/index.html"));
    }

    public void Dispose() => _site.Dispose();
}
