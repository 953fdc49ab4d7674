using ZoneReport.Model;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Checks;

/// <summary>The glossary check, the check that no source passage changed without a note, and lang runs.</summary>
public sealed class RecordChecksTests : IDisposable
{
    private readonly TestSite _site = new();
    private string News(string language) => $"{_site.EditionFolder}/news.{language}.md";

    [Fact]
    public void An_avoided_rendering_and_a_missing_term_are_warnings_at_the_english_file()
    {
        _site.Write("content/glossary.yml", "terms:\n  - zh: 签约项目\n    en: projects signed\n    avoid: [contracted projects]\n  - zh: 同比增长\n    en: year on year\n");
        _site.Replace(News("zh"), "全年签约项目34个", "全年签约项目34个，同比增长");
        _site.Replace(News("en"), "The zone signed 34 projects in the year; GDP grew 7% year on year.", "The zone had 34 contracted projects; GDP grew 7%.");
        var warnings = _site.Build().Warnings.Where(w => w.Message.Contains("glossary") || w.Message.Contains("never says")).ToList();
        Assert.Equal(3, warnings.Count);
        Assert.Contains(warnings, w => w.Location == new ZoneReport.Diagnostics.SourceLocation(News("en"), 7, 17) && w.Message.Contains("“contracted projects” renders 签约项目"));
        Assert.Contains(warnings, w => w.Message.Contains("never says “projects signed”"));
        Assert.Contains(warnings, w => w.Message.Contains("never says “year on year”") && w.Message.Contains(News("zh")));
    }

    [Fact]
    public void The_glossary_loads_as_a_public_record_and_rejects_an_avoided_part_of_the_rendering()
    {
        _site.Write("content/glossary.yml", "terms:\n  - zh: 两个确保\n    en: “Two Guarantees”\n    also: [Two Guarantees]\n    avoid: [Two Assurances]\n    note: one name\n");
        var glossary = Glossary.Load(_site.Folder);
        var term = Assert.Single(glossary.Terms);
        Assert.Equal(("两个确保", "“Two Guarantees”", "Two Assurances", "one name"), (term.Zh, term.En, term.Avoid.Single(), term.Note));
        _site.Write("content/glossary.yml", "terms:\n  - zh: 管委会\n    en: Administrative Committee\n    avoid: [committee]\n");
        var error = Assert.Throws<ZoneReport.Diagnostics.BuildException>(() => Glossary.Load(_site.Folder)).Errors[0];
        Assert.Equal(("content/glossary.yml", 4), (error.Location.File, error.Location.Line));
        Assert.Equal(Glossary.Empty, Glossary.Load(Path.Combine(_site.Folder, "nowhere")) with { });
    }

    [Fact]
    public void A_passage_changed_from_the_printed_source_warns_until_a_correction_note_explains_it()
    {
        _site.Write($"{_site.EditionFolder}/sources/page.txt", "年终综述\n\n全年签约项目34个,GDP同比增长7% and 稳中有进。\n");
        _site.Replace(News("zh"), "全年签约项目34个，GDP同比增长7%。", "全年签约项目34个，GDP同比增长7%和稳中有进。");
        var warning = Assert.Single(_site.Build().Warnings, w => w.Location.File == News("zh"));
        Assert.Equal((News("zh"), 7), (warning.Location.File, warning.Location.Line));
        Assert.Contains("from “和稳中有进” on", warning.Message);

        _site.Replace(News("zh"), "order: 2\n", "order: 2\nnotes:\n  - kind: correction\n    text: 原文印作“and”，改为“和”。\n    original: 7% and 稳中有进\n    corrected: 7%和稳中有进\n");
        Assert.DoesNotContain(_site.Build().Warnings, w => w.Location.File == News("zh"));

        _site.Replace(News("zh"), "corrected: 7%和稳中有进", "corrected: 7%与稳中有进");
        Assert.Contains(_site.Build().Warnings, w => w.Message.Contains("the correction's corrected text “7%与稳中有进” is not in the article"));
    }

    [Fact]
    public void A_title_or_a_photo_caption_changed_from_the_printed_source_warns_at_its_line_until_a_note_explains_it()
    {
        _site.Write($"{_site.EditionFolder}/sources/page.txt", "年终综述\n\n全年签约项目34个,GDP同比增长7%。\n\n图为国药控股车间\n");
        Assert.DoesNotContain(_site.Build().Warnings, w => w.Location.File == News("zh") || w.Location.File.EndsWith("photos.yml", StringComparison.Ordinal));

        _site.Replace(News("zh"), "title: 年终综述", "title: 年终总结");
        _site.Replace($"{_site.EditionFolder}/photos.yml", "zh: 国药控股,", "zh: 国药集团,");
        var warnings = _site.Build().Warnings;
        var title = Assert.Single(warnings, w => w.Location.File == News("zh"));
        Assert.Equal(new ZoneReport.Diagnostics.SourceLocation(News("zh"), 2, 8), title.Location);
        Assert.Contains("the title is not in the printed source", title.Message);
        var caption = Assert.Single(warnings, w => w.Location.File.EndsWith("photos.yml", StringComparison.Ordinal));
        Assert.Contains("the caption of photo 'sinopharm' is not in the printed source", caption.Message);

        _site.Replace(News("zh"), "order: 2\n", "order: 2\nnotes:\n  - kind: correction\n    text: 标题原作“综述”。\n    original: 年终综述\n    corrected: 年终总结\n");
        Assert.DoesNotContain(_site.Build().Warnings, w => w.Location.File == News("zh"));
    }

    [Fact]
    public void Chinese_words_in_an_english_article_are_marked_and_lang_attributes_are_checked()
    {
        _site.Replace(News("en"), "The zone signed", "The zone (开发区·东区) signed");
        _site.Build();
        Assert.Contains("The zone (<span lang=\"zh-Hans\">开发区·东区</span>) signed", _site.Page("en/sample-zone/2022/news/index.html"));
        Assert.DoesNotContain("<span lang=", _site.Page("zh/sample-zone/2022/news/index.html"));
        _site.Replace(News("en"), "The zone (开发区·东区) signed", "The *zone*{lang=fr} signed");
        var error = _site.BuildFails();
        Assert.Contains("'lang=fr' is not a language of this site", error.Message);
    }

    public void Dispose() => _site.Dispose();
}
