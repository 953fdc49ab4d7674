using System.Collections.Immutable;
using ZoneReport.Diagnostics;
using ZoneReport.Translation;

namespace ZoneReport.Checks;

/// <summary>
/// The translation review's unexplained findings (numbers, dates, codes, names and blocks that differ
/// from the original) as problems of `check`, at the line of the translation. Stale translations and
/// glossary terms are left out: the build's own checks report them already.
/// </summary>
public static class TranslationFindings
{
    public static ImmutableArray<BuildError> Of(TranslationReviewResult review) =>
    [
        .. from report in review.Pairs
           from finding in report.Findings
           where !finding.Explained && finding.Kind is not (FindingKind.Stale or FindingKind.Glossary)
           select new BuildError(
               new SourceLocation(report.Pair.TranslationFile, finding.TranslationLine ?? 1, 1),
               $"translation ({finding.KindName}): {finding.Message}" +
               (finding.OriginalLine is { } line ? $" (original: {report.Pair.Original.SourceFile}:{line})" : ""),
               "make the translation say what the original says, or explain the difference with a 'translation' note; " +
               "`zonereport check --translations` shows every finding"),
    ];
}
