using AngleSharp.Html.Parser;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Content;

/// <summary>Editor's notes: read from front matter and data files, shown in each language's "编者注 / Editor's notes".</summary>
public sealed class EditorNoteTests : IDisposable
{
    private readonly TestSite _site = new();
    private string News(string language) => $"{_site.EditionFolder}/news.{language}.md";

    [Fact]
    public void Notes_of_an_article_and_of_its_figures_render_in_each_language()
    {
        _site.Replace(News("zh"), "order: 2\n", "order: 2\nnotes:\n  - kind: correction\n    text: 原文作“34项”，据上下文改。\n    original: 34项\n    date: 2023-01-05\n");
        _site.Replace(News("en"), "order: 2\n", "order: 2\nnotes:\n  - kind: translation\n    text: “Signed” renders 签约.\n");
        _site.Replace($"{_site.EditionFolder}/figures.yml", "    article: news\n",
            "    article: news\n    notes:\n      - kind: inference\n        text: { zh: 年份据版面推定。, en: The year is inferred from the page. }\n");
        _site.Build();
        var zh = new HtmlParser().ParseDocument(_site.Page("zh/sample-zone/2022/news/index.html"));
        var en = new HtmlParser().ParseDocument(_site.Page("en/sample-zone/2022/news/index.html"));
        Assert.Equal("编者注", zh.QuerySelector("section.editor-notes h2")!.TextContent);
        Assert.Equal("Editor’s notes", en.QuerySelector("section.editor-notes h2")!.TextContent);
        var zhNotes = zh.QuerySelectorAll("section.editor-notes li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(2, zhNotes.Count);
        Assert.StartsWith("更正：原文作“34项”，据上下文改。 原文：34项", zhNotes[0]);
        Assert.Contains("2023-01-05", zhNotes[0]);
        Assert.Equal("推定：年份据版面推定。", zhNotes[1]);
        Assert.Equal(["Translator’s note: “Signed” renders 签约.", "Inference: The year is inferred from the page."],
            en.QuerySelectorAll("section.editor-notes li").Select(li => li.TextContent.Trim()).ToList());
        Assert.Equal("zh-Hans", zh.QuerySelector("q")!.GetAttribute("lang"));
        // The edition page shows every figure, so it shows the figure's note too.
        Assert.Contains("The year is inferred from the page.", _site.Page("en/sample-zone/2022/index.html"));
    }

    [Fact]
    public void A_page_without_notes_has_no_notes_section()
    {
        _site.Build();
        Assert.DoesNotContain("editor-notes", _site.Page("en/sample-zone/2022/news/index.html"));
    }

    [Theory]
    [InlineData("  - kind: remark\n    text: x\n", 6, "note kind 'remark' is not known")]
    [InlineData("  - text: x\n", 6, "the note has no kind")]
    [InlineData("  - kind: correction\n", 6, "'text' is missing")]
    [InlineData("  - kind: omission\n    text: x\n    original: a\n    corrected: b\n", 9, "only a correction has 'corrected'")]
    [InlineData("  - kind: correction\n    text: x\n    corrected: b\n", 8, "'corrected' needs 'original'")]
    public void Bad_notes_are_located_errors(string entry, int line, string message)
    {
        _site.Replace(News("en"), "order: 2\n", "order: 2\nnotes:\n" + entry);
        var error = _site.BuildFails();
        Assert.Equal((News("en"), line), (error.Location.File, error.Location.Line));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_note_in_a_data_file_needs_both_languages()
    {
        _site.Replace($"{_site.EditionFolder}/figures.yml", "    article: news\n", "    article: news\n    notes:\n      - kind: inference\n        text: 只有中文\n");
        var error = _site.BuildFails();
        Assert.Contains("'text' must be given in every language", error.Message);
    }

    public void Dispose() => _site.Dispose();
}
