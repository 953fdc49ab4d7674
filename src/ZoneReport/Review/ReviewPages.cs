using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Text;
using ZoneReport.Translation;

namespace ZoneReport.Review;

/// <summary>
/// The translation review as static pages, never part of the published site: an index of every
/// pair with its state and findings, and per pair the original and the translation block against
/// block, findings under each row, stale rows marked. Pages link relatively and need no script or
/// server, so `build --review DIR` writes them and the preview serves the same bytes at /_review/.
/// </summary>
public static class ReviewPages
{
    public const string Index = "index.html";

    /// <summary>Every page, by its path inside the review folder.</summary>
    public static ImmutableSortedDictionary<string, string> Render(TranslationReviewResult result)
    {
        var pages = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        pages[Index] = RenderIndex(result);
        foreach (var report in result.Pairs) pages[PathOf(report.Pair)] = RenderPair(report, result);
        return pages.ToImmutable();
    }

    /// <summary>zone/edition/name.lang.html</summary>
    public static string PathOf(TranslationPair pair) => $"{pair.Article.Edition.Key}/{pair.Article.Key}.{pair.Language.Id}.html";

    private static string RenderIndex(TranslationReviewResult result)
    {
        var body = new StringBuilder();
        body.Append("<header>\n<h1>Translation review</h1>\n<p class=\"summary\">").Append(E(ReportWriter.Summary(result))).Append("</p>\n</header>\n");
        body.Append("<main>\n<h2>Every translation</h2>\n<ul class=\"pairs\">\n");
        foreach (var report in result.Pairs)
        {
            var pair = report.Pair;
            body.Append("<li><a href=\"").Append(E(PathOf(pair))).Append("\">").Append(E(pair.Name)).Append(" (").Append(E(pair.Language.Id)).Append(")</a> ")
                .Append("<span lang=\"").Append(E(pair.Original.Language.Code)).Append("\">").Append(E(pair.Original.Title)).Append("</span><br>")
                .Append(State(pair)).Append(" · ").Append(E(Counts(report))).Append("</li>\n");
        }

        body.Append("</ul>\n</main>\n");
        return Page("Translation review", body.ToString());
    }

    private static string RenderPair(PairReport report, TranslationReviewResult result)
    {
        var pair = report.Pair;
        var up = string.Concat(Enumerable.Repeat("../", PathOf(pair).Count(c => c == '/')));
        var original = TranslationChecker.LanguageName(pair.Original.Language);
        var translation = TranslationChecker.LanguageName(pair.Language);
        var body = new StringBuilder();
        body.Append("<header>\n<p><a href=\"").Append(up).Append(Index).Append("\">All translations</a></p>\n");
        body.Append("<h1><span lang=\"").Append(E(pair.Original.Language.Code)).Append("\">").Append(E(pair.Original.Title)).Append("</span>");
        if (pair.Translation is { } text) body.Append(" / <span lang=\"").Append(E(pair.Language.Code)).Append("\">").Append(E(text.Title)).Append("</span>");
        body.Append("</h1>\n<p class=\"state-line\">").Append(E(pair.Original.SourceFile)).Append(" → ").Append(E(pair.TranslationFile)).Append("<br>")
            .Append(State(pair)).Append(" · ").Append(E(Counts(report))).Append("</p>\n</header>\n<main>\n");

        var loose = report.Findings.Where(f => !report.Rows.Any(r => r.Findings.Contains(f))).ToList();
        if (loose.Count > 0)
        {
            body.Append("<h2>About the whole article</h2>\n<ul class=\"findings\">\n");
            foreach (var finding in loose) body.Append(FindingItem(finding));
            body.Append("</ul>\n");
        }

        body.Append("<h2>").Append(E(original)).Append(" and ").Append(E(translation)).Append(", block by block</h2>\n<ol class=\"rows\">\n");
        foreach (var row in report.Rows)
        {
            body.Append("<li class=\"row").Append(row.Stale ? " stale" : "").Append('"');
            if (row.Blocks.Original.FirstOrDefault() is { } first) body.Append(" id=\"line-").Append(first.Line.ToString(CultureInfo.InvariantCulture)).Append('"');
            body.Append(">\n");
            Side(body, row.Blocks.Original, pair.Original.SourceFile, pair.Original.Language.Code, original, translation, row.Stale);
            Side(body, row.Blocks.Translation, pair.TranslationFile, pair.Language.Code, translation, original, false);
            if (row.Findings.Length > 0)
            {
                body.Append("<ul class=\"findings\">\n");
                foreach (var finding in row.Findings) body.Append(FindingItem(finding));
                body.Append("</ul>\n");
            }

            body.Append("</li>\n");
        }

        body.Append("</ol>\n</main>\n");
        return Page($"Review: {pair.Name} ({pair.Language.Id})", body.ToString());
    }

    private static void Side(StringBuilder body, ImmutableArray<TextBlock> blocks, string file, string code, string language, string other, bool stale)
    {
        body.Append("<div class=\"side\">\n");
        if (blocks.IsEmpty)
        {
            body.Append("<p class=\"none\">No ").Append(E(language)).Append(" block: the ").Append(E(other)).Append(" one has no partner.</p>\n");
        }

        foreach (var block in blocks)
        {
            body.Append("<p class=\"where\">").Append(E(Path.GetFileName(file))).Append(':').Append(block.Line.ToString(CultureInfo.InvariantCulture))
                .Append(" · ").Append(E(block.KindName)).Append(stale ? " · <span class=\"label\">changed since the translation</span>" : "").Append("</p>\n");
            body.Append("<p lang=\"").Append(E(code)).Append("\">")
                .Append(E(block.Kind == BlockKind.Placement ? block.Excerpt : block.Text)).Append("</p>\n");
        }

        body.Append("</div>\n");
    }

    private static string FindingItem(Finding finding)
    {
        var item = new StringBuilder("<li class=\"finding").Append(finding.Explained ? " explained" : "").Append("\"><strong>")
            .Append(E(finding.KindName)).Append(finding.Explained ? " (explained)" : "").Append(":</strong> ").Append(E(finding.Message));
        if (finding.ExplainedBy is { } note)
        {
            item.Append("<br><span class=\"where\">").Append(E($"{note.Kind} note in {note.File}: “{Fingerprint.Excerpt(note.Text, 60)}”")).Append("</span>");
        }

        return item.Append("</li>\n").ToString();
    }

    private static string State(TranslationPair pair)
    {
        var word = ReportWriter.StateWord(pair.State);
        var date = pair.Record is { } record ? $" (translated {record.Translated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})" : "";
        return $"<span class=\"state state-{word.Replace(' ', '-')}\">{E(word)}</span>{E(date)}";
    }

    private static string Counts(PairReport report)
    {
        var explained = report.Findings.Length - report.Unexplained;
        return $"{report.Findings.Length} finding{(report.Findings.Length == 1 ? "" : "s")}, {report.Unexplained} unexplained" +
               (explained > 0 ? $", {explained} explained" : "");
    }

    private static string Page(string title, string body) =>
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n" +
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"robots\" content=\"noindex\">\n" +
        "<link rel=\"icon\" href=\"data:,\">\n<title>" + E(title) + "</title>\n<style>\n" + ReviewStyle.Css + "\n</style>\n</head>\n" +
        "<body class=\"kind-review\">\n" + body + "</body>\n</html>\n";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
