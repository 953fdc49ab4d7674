using System.Collections.Immutable;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ZoneReport.Diagnostics;
using ZoneReport.Model;

namespace ZoneReport.Markdown;

/// <summary>
/// Warns about typewriter punctuation that printed pages never show, naming the first place in each
/// article: in Chinese, ASCII ",", ":", "(" ... beside Chinese characters (an input method left in
/// half-width mode, or a copy from a PDF); in English, straight quotation marks and apostrophes.
/// Figures such as 1,000 and 8:30 are left alone.
/// </summary>
public static class Punctuation
{
    private const string ChineseAscii = ",;:?!()";
    private const string ChineseFullWidth = "，；：？！（）";

    private sealed record Rule(Func<string, int, int, int, bool> IsSlip, Func<char, int, string, string> Message, Func<char, string> Hint);

    private static readonly Rule Chinese = new(
        (text, i, start, end) => ChineseAscii.Contains(text[i]) &&
                                 (i > start && IsChinese(text[i - 1]) || i < end && IsChinese(text[i + 1])),
        (mark, count, where) => $"Chinese text has ASCII punctuation '{mark}' ({count} place(s) in {where}, the first here)",
        mark => $"write the full-width form '{ChineseFullWidth[ChineseAscii.IndexOf(mark)]}' in Chinese text (likewise ，；：？！（）); " +
                "switch the input method to full-width punctuation");

    private static readonly Rule English = new(
        (text, i, _, _) => text[i] is '"' or '\'',
        (mark, count, where) => $"English text has a straight quotation mark {mark} ({count} place(s) in {where}, the first here)",
        _ => "write typographic quotes: “ ” around a quotation, ‘ ’ inside one, and ’ in words such as it’s and zone’s");

    public static ImmutableArray<BuildError> Check(IReadOnlyDictionary<ArticleText, ArticleBody> bodies) =>
        bodies.Select(pair => FirstSlip(pair.Key, pair.Value, RuleFor(pair.Key.Language)))
            .OfType<BuildError>()
            .OrderBy(w => w.Location.File, StringComparer.Ordinal)
            .ToImmutableArray();

    /// <summary>The warning for one checked body (its first slip, with the count), or null.</summary>
    public static BuildError? Check(ArticleText text, ArticleBody body) => FirstSlip(text, body, RuleFor(text.Language));

    private static BuildError? FirstSlip(ArticleText text, ArticleBody body, Rule rule)
    {
        SourceLocation? first = null;
        var firstMark = ' ';
        var count = 0;
        foreach (var literal in body.Document.Descendants<LiteralInline>())
        {
            var slice = literal.Content;
            for (var i = slice.Start; i <= slice.End; i++)
            {
                if (!rule.IsSlip(slice.Text, i, slice.Start, slice.End)) continue;
                count++;
                if (first is not null) continue;
                var at = ArticleBodies.At(text, literal);
                first = at with { Column = at.Column + (i - slice.Start) };
                firstMark = slice.Text[i];
            }
        }

        return first is null ? null : new BuildError(first, rule.Message(firstMark, count, "this article"), rule.Hint(firstMark));
    }

    /// <summary>
    /// The same check for one text outside an article (interface words, site.yml): a warning at the
    /// first slip, placed by <paramref name="at"/> (the offset of the slip in the text), or null.
    /// </summary>
    public static BuildError? CheckText(string text, Language language, Func<int, SourceLocation> at)
    {
        var rule = RuleFor(language);
        var first = -1;
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!rule.IsSlip(text, i, 0, text.Length - 1)) continue;
            count++;
            if (first < 0) first = i;
        }

        return first < 0 ? null : new BuildError(at(first), rule.Message(text[first], count, "this text"), rule.Hint(text[first]));
    }

    private static Rule RuleFor(Language language) => language.Code.StartsWith("zh", StringComparison.Ordinal) ? Chinese : English;

    /// <summary>Han characters, CJK punctuation and full-width forms, and the curly quotes Chinese text uses.</summary>
    private static bool IsChinese(char c) =>
        c is >= '\u3000' and <= '\u303f' or >= '\u3400' and <= '\u9fff' or >= '\uff00' and <= '\uffef' or '“' or '”' or '‘' or '’';
}
