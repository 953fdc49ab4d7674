using ZoneReport.Translation;
using static ZoneReport.Translation.FindingKind;

namespace ZoneReport.Tests.Translation;

/// <summary>Each English fixture holds one known fault; the review names exactly it, with the lines on both sides.</summary>
public sealed class FindingTests : IDisposable
{
    private readonly TranslationFixture _fixture = new();

    private (FindingKind, int?, int?, string)[] Findings(string english, Action<ZoneReport.Tests.Support.TestSite>? edit = null) =>
        TranslationFixture.Findings(_fixture.Review(english, edit)).ToArray();

    [Fact]
    public void A_faithful_translation_has_no_findings_and_is_up_to_date()
    {
        var report = _fixture.Review("review.en.md");
        Assert.Equal(TranslationState.UpToDate, report.Pair.State);
        Assert.Empty(report.Findings);
        // every block has its partner: 5 paragraphs, 2 headings, 1 photo
        Assert.All(report.Rows, r => Assert.Equal(PairingKind.Matched, r.Blocks.Kind));
        Assert.Equal(8, report.Rows.Length);
    }

    [Fact]
    public void A_number_missing_in_english()
    {
        Assert.Equal([(Number, 5, 5, "the number 12.7% is not in the English")], Findings("number-missing.en.md"));
    }

    [Fact]
    public void A_unit_converted_wrongly()
    {
        Assert.Equal([(Number, 5, 5, "the number 226亿元 (22,600,000,000) is 2.26 billion (2,260,000,000) in the English")],
            Findings("unit-wrong.en.md"));
    }

    [Fact]
    public void A_dropped_paragraph_is_one_gap_and_the_paragraphs_after_it_stay_paired()
    {
        var report = _fixture.Review("paragraph-dropped.en.md");
        Assert.Equal([(Missing, 13, null, "the Chinese paragraph at line 13 has no English translation: “三个园区已于2022年10月投入…”")],
            TranslationFixture.Findings(report));
        var after = report.Rows.Single(r => r.Blocks.Original.Any(b => b.Line == 17));
        Assert.Equal((PairingKind.Matched, 15), (after.Blocks.Kind, after.Blocks.Translation.Single().Line));
    }

    [Fact]
    public void Two_paragraphs_merged_into_one()
    {
        Assert.Equal([(Merged, 11, 11, "the Chinese paragraphs at lines 11 and 13 are one English paragraph (line 11)")],
            Findings("paragraphs-merged.en.md"));
    }

    [Fact]
    public void A_reordered_paragraph_is_paired_by_its_anchors_and_named_as_moved()
    {
        Assert.Equal([(Moved, 19, 17, "the Chinese paragraph at line 19 is translated out of order, at line 17: “管委会召开会议，部署“11346…”")],
            Findings("paragraph-reordered.en.md"));
    }

    [Fact]
    public void A_glossary_term_rendered_another_way()
    {
        Assert.Equal([(Glossary, 11, 11, "the glossary term 两个确保 is rendered “Two Ensures”; the glossary says “Two Guarantees”")],
            Findings("glossary-term.en.md"));
    }

    [Fact]
    public void A_chinese_numeral_that_counts_is_compared_too()
    {
        Assert.Equal([(Number, 13, 13, "the number 三个 (3) is not in the English")], Findings("count-wrong.en.md"));
    }

    [Fact]
    public void A_chinese_paragraph_edited_after_translation_is_stale_and_its_new_number_is_named()
    {
        var report = _fixture.Review("review.en.md", site => site.Replace(TranslationFixture.Chinese, "全年开工重点项目22个", "全年开工重点项目25个"));
        Assert.Equal(TranslationState.Stale, report.Pair.State);
        Assert.Equal([
            (Number, 17, 17, "the number 25 is 22 in the English"),
            (Stale, 17, 17, "the Chinese paragraph at line 17 changed after the translation was recorded on 2023-01-05: “全年开工重点项目25个，完成投资…”"),
        ], TranslationFixture.Findings(report));
        Assert.True(report.Rows.Single(r => r.Blocks.Original.Any(b => b.Line == 17)).Stale);
    }

    [Fact]
    public void A_punctuation_and_whitespace_edit_in_chinese_does_not_make_the_translation_stale()
    {
        var report = _fixture.Review("review.en.md", site => site.Replace(TranslationFixture.Chinese,
            "全年开工重点项目22个，完成投资83.4亿元。", "全年开工重点项目 22 个,完成投资 83.4 亿元!"));
        Assert.Equal(TranslationState.UpToDate, report.Pair.State);
        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Editing_only_the_english_never_makes_it_stale()
    {
        var report = _fixture.Review("review.en.md", site => site.Replace(TranslationFixture.English, "22 key projects", "Twenty-two key projects"));
        Assert.Equal(TranslationState.UpToDate, report.Pair.State);
    }

    [Fact]
    public void A_removed_chinese_paragraph_is_named_with_its_line_at_translation_time()
    {
        var report = _fixture.Review("review.en.md", site => site.Replace(TranslationFixture.Chinese, "管委会召开会议，部署“11346”产业发展规划。", ""));
        Assert.Contains((Stale, (int?)null, (int?)null,
                "the Chinese paragraph removed (was at line 19: “管委会召开会议，部署“11346…”) after the translation was recorded on 2023-01-05"),
            TranslationFixture.Findings(report));
    }

    [Fact]
    public void A_translators_note_that_quotes_the_number_explains_the_finding()
    {
        var report = _fixture.Review("number-missing.en.md");
        var note = new ExplainingNote("translation", "The growth rate (12.7%) is left out: it repeats the chart.", null, TranslationFixture.English);
        var checker = new TranslationChecker(ZoneReport.Model.Glossary.Empty, ZoneReport.Model.StaleTranslationPolicy.Warn, _ => [note]);
        var explained = checker.Check(report.Pair);
        Assert.Same(note, Assert.Single(explained.Findings).ExplainedBy);
        Assert.Equal(0, explained.Unexplained);

        var unrelated = new ExplainingNote("translation", "2012.7 is the year the park opened.", null, TranslationFixture.English);
        var notExplained = new TranslationChecker(ZoneReport.Model.Glossary.Empty, ZoneReport.Model.StaleTranslationPolicy.Warn, _ => [unrelated]).Check(report.Pair);
        Assert.Equal(1, notExplained.Unexplained);
    }

    [Fact]
    public void An_omission_note_that_quotes_the_paragraph_explains_a_dropped_paragraph()
    {
        var report = _fixture.Review("paragraph-dropped.en.md");
        var note = new ExplainingNote("omission", "The sentence “三个园区已于2022年10月投入使用” repeats the figures and is not translated.", null, TranslationFixture.English);
        var explained = new TranslationChecker(ZoneReport.Model.Glossary.Empty, ZoneReport.Model.StaleTranslationPolicy.Warn, _ => [note]).Check(report.Pair);
        Assert.True(Assert.Single(explained.Findings).Explained);
    }

    [Fact]
    public void A_translation_never_recorded_is_a_finding_naming_the_command()
    {
        _fixture.Site.Write("content/sample-zone/2022/extra.zh.md", "---\ntitle: 新文章\n---\n\n正文。\n");
        _fixture.Site.Write("content/sample-zone/2022/extra.en.md", "---\ntitle: A new article\n---\n\nThe text.\n");
        var result = TranslationReview.Run(_fixture.Site.Folder);
        var extra = result.Pairs.Single(p => p.Pair.Article.Key == "extra");
        Assert.Equal(TranslationState.Unrecorded, extra.Pair.State);
        Assert.Equal("no translation state is recorded for content/sample-zone/2022/extra.en.md: run `zonereport translated sample-zone/2022/extra` once it is translated",
            Assert.Single(extra.Findings).Message);
    }

    public void Dispose() => _fixture.Dispose();
}
