using ZoneReport.Tests.Support;
using ZoneReport.Translation;

namespace ZoneReport.Tests.Translation;

/// <summary>The translations of the repository's real content: recorded, and consistent with their originals.</summary>
public sealed class RealTranslationTests
{
    [Fact]
    public void Every_translation_is_recorded_and_up_to_date_with_no_unexplained_finding()
    {
        var result = TranslationReview.Run(RepoPaths.Root);
        Assert.NotEmpty(result.Pairs);
        Assert.All(result.Pairs, p => Assert.Equal((p.Pair.Name, TranslationState.UpToDate), (p.Pair.Name, p.Pair.State)));
        Assert.True(result.Unexplained == 0, ReportWriter.Text(result));
    }

    [Fact]
    public void Editing_one_chinese_paragraph_names_that_paragraph()
    {
        using var site = TestSite.FromRepository();
        const string chinese = "content/zhoukou-edz/2022/plan-11346.zh.md";
        var line = site.Read(chinese).Split('\n').ToList().FindIndex(l => l.StartsWith("规划是行动的先导", StringComparison.Ordinal)) + 1;
        site.Replace(chinese, "2月22日召开的周口经济开发区经济工作会议围绕", "2月23日召开的周口经济开发区经济工作会议围绕");
        var report = TranslationReview.Run(site.Folder).Pairs.Single(p => p.Pair.Name == "zhoukou-edz/2022/plan-11346");
        Assert.Equal(TranslationState.Stale, report.Pair.State);
        var stale = Assert.Single(report.Findings, f => f.Kind == FindingKind.Stale);
        Assert.Equal(line, stale.OriginalLine);
        Assert.StartsWith($"the Chinese paragraph at line {line} changed after the translation was recorded on", stale.Message);
        var date = Assert.Single(report.Findings, f => f.Kind == FindingKind.Date);
        Assert.Equal("the date 2月23日 (--02-23) is 22 February (--02-22) in the English", date.Message);
    }

    [Fact]
    public void The_real_glossary_is_checked_a_term_rendered_another_way_is_named()
    {
        using var site = TestSite.FromRepository();
        const string english = "content/zhoukou-edz/2022/decade-review.en.md";
        site.Replace(english, "Anchored on the “Two Guarantees” (两个确保)", "Anchored on the “Two Assurances” (两个确保)");
        var line = site.Read(english).Split('\n').ToList().FindIndex(l => l.Contains("Two Assurances", StringComparison.Ordinal)) + 1;
        var report = TranslationReview.Run(site.Folder).Pairs.Single(p => p.Pair.Name == "zhoukou-edz/2022/decade-review");
        var finding = Assert.Single(report.Findings);
        Assert.Equal((FindingKind.Glossary, line, line, false), (finding.Kind, finding.OriginalLine, finding.TranslationLine, finding.Explained));
        Assert.Equal("the glossary term 两个确保 is rendered “Two Assurances”; the glossary says “Two Guarantees”", finding.Message);
    }
}
