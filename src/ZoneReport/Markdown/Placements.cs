using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ZoneReport.Diagnostics;
using ZoneReport.Model;

namespace ZoneReport.Markdown;

/// <summary>
/// Checks on [[photo: id]], [[figure: id]] and [[plan: id]]: each stands on a line of its own (in a
/// paragraph it would be published as literal text), and every language places the same ones in
/// the same order, so a translation never drops or moves a figure.
/// </summary>
public static partial class Placements
{
    public static void CheckInline(MarkdownDocument document, ArticleText text, ErrorCollector errors)
    {
        var body = text.Body; // FrontMatter has made its line endings '\n'; spans count in it
        var allowed = document.Descendants()
            .Where(n => n is EmbedBlock or CodeBlock or CodeInline)
            .Select(n => n.Span)
            .ToList();
        foreach (Match match in InlinePlacement().Matches(body))
        {
            if (allowed.Any(span => span.Start <= match.Index && match.Index <= span.End)) continue;
            var line = body.AsSpan(0, match.Index).Count('\n');
            var lineStart = match.Index == 0 ? 0 : body.LastIndexOf('\n', match.Index - 1) + 1;
            errors.Add(new SourceLocation(text.SourceFile, text.BodyFirstLine + line, match.Index - lineStart + 1),
                $"'{match.Value}' is inside a paragraph, where it would be printed as text",
                $"put {match.Value} on a line of its own, with an empty line before and after it");
        }
    }

    /// <summary>Compares a translation's placements with those of the article in the site's first language.</summary>
    public static void CheckParity(Article article, ArticleText text, MarkdownDocument document, BodyChecks context, ErrorCollector errors)
    {
        var config = context.Content.Config;
        if (text.Language == config.DefaultLanguage || article.In(config.DefaultLanguage) is not { } original) return;
        if (context.FailedEarlier(original.SourceFile) || context.SoundBodyOf(original) is not { } sound) return;
        Compare(original, Of(sound.Document), text, Of(document), errors);
    }

    private static List<EmbedBlock> Of(MarkdownDocument document) =>
        document.Descendants<EmbedBlock>().Where(e => e.Kind != EmbedKind.Malformed).ToList();

    /// <summary>Reports the first place where the translation's placements part from the original's.</summary>
    private static void Compare(ArticleText original, List<EmbedBlock> first, ArticleText translation, List<EmbedBlock> second, ErrorCollector errors)
    {
        const string Hint = "place the same photos, figures and plans in the same order in every language of the article";
        var shownOriginal = Path.GetFileName(original.SourceFile);
        for (var i = 0; i < Math.Max(first.Count, second.Count); i++)
        {
            var expected = i < first.Count ? first[i] : null;
            var actual = i < second.Count ? second[i] : null;
            if (expected is not null && actual is not null && expected.Kind == actual.Kind && expected.Id == actual.Id) continue;
            if (actual is null)
            {
                errors.Add(new SourceLocation(translation.SourceFile, translation.BodyFirstLine, 1),
                    $"{Name(expected!)} is placed in {shownOriginal} (line {ArticleBodies.At(original, expected!).Line}) but not in this translation", Hint);
            }
            else if (expected is null)
            {
                errors.Add(ArticleBodies.At(translation, actual), $"{Name(actual)} is placed here but not in {shownOriginal}", Hint);
            }
            else
            {
                errors.Add(ArticleBodies.At(translation, actual),
                    $"{Name(actual)} is placed here where {shownOriginal} places {Name(expected)} (line {ArticleBodies.At(original, expected).Line})", Hint);
            }

            return;
        }
    }

    private static string Name(EmbedBlock embed) => $"[[{embed.Kind.ToString().ToLowerInvariant()}: {embed.Id}]]";

    [GeneratedRegex(@"\[\[\s*(?:photo|figure|plan)\s*:[^\]\n]*\]\]")]
    private static partial Regex InlinePlacement();
}
