using ZoneReport.Tests.Support;
using ZoneReport.Translation;

namespace ZoneReport.Tests.Translation;

/// <summary>
/// The fixture site with one translation pair from Fixtures/translation/ as content/sample-zone/2022/review.*.md,
/// recorded as translated on 2023-01-05, and the fixtures' glossary.
/// </summary>
public sealed class TranslationFixture : IDisposable
{
    public static readonly DateOnly Translated = new(2023, 1, 5);
    public const string Chinese = "content/sample-zone/2022/review.zh.md";
    public const string English = "content/sample-zone/2022/review.en.md";

    public TestSite Site { get; } = new();

    public static string Fixture(string name) => File.ReadAllText(Path.Combine(RepoPaths.Root, "tests/ZoneReport.Tests/Fixtures/translation", name));

    /// <summary>Pairs review.zh.md with the English fixture <paramref name="english"/>, records it, then lets the test edit the Chinese.</summary>
    public PairReport Review(string english, Action<TestSite>? afterRecording = null)
    {
        Site.Write(Chinese, Fixture("review.zh.md"));
        Site.Write(English, Fixture(english));
        Site.Write("content/glossary.yml", Fixture("glossary.yml"));
        TranslationRecorder.Record(Site.Folder, "sample-zone/2022/review", Translated);
        afterRecording?.Invoke(Site);
        return TranslationReview.Run(Site.Folder).Pairs.Single(p => p.Pair.Article.Key == "review");
    }

    /// <summary>The findings as (kind, Chinese line, English line, message), the way a reviewer reads them.</summary>
    public static IEnumerable<(FindingKind, int?, int?, string)> Findings(PairReport report) =>
        report.Findings.Select(f => (f.Kind, f.OriginalLine, f.TranslationLine, f.Message));

    public void Dispose() => Site.Dispose();
}
