using System.Collections.Immutable;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ZoneReport.Diagnostics;
using ZoneReport.Model;

namespace ZoneReport.Markdown;

/// <summary>
/// Warns where Chinese text has ASCII punctuation (",", ":", "(", ...) beside Chinese characters:
/// an input method left in half-width mode, or a copy from a PDF, which printed pages never show.
/// Figures such as 1,000 and 8:30 are left alone.
/// </summary>
public static class ChinesePunctuation
{
    private const string Ascii = ",;:?!()";
    private const string FullWidth = "，；：？！（）";

    public static ImmutableArray<BuildError> Check(IReadOnlyDictionary<ArticleText, ArticleBody> bodies) =>
        bodies.Where(pair => pair.Key.Language.Code.StartsWith("zh", StringComparison.Ordinal))
            .Select(pair => FirstSlip(pair.Key, pair.Value))
            .OfType<BuildError>()
            .OrderBy(w => w.Location.File, StringComparer.Ordinal)
            .ToImmutableArray();

    private static BuildError? FirstSlip(ArticleText text, ArticleBody body)
    {
        SourceLocation? first = null;
        char firstMark = ' ';
        var count = 0;
        foreach (var literal in body.Document.Descendants<LiteralInline>())
        {
            var slice = literal.Content;
            for (var i = slice.Start; i <= slice.End; i++)
            {
                var c = slice.Text[i];
                if (!Ascii.Contains(c)) continue;
                var before = i > slice.Start ? slice.Text[i - 1] : ' ';
                var after = i < slice.End ? slice.Text[i + 1] : ' ';
                if (!IsChinese(before) && !IsChinese(after)) continue;
                count++;
                if (first is null)
                {
                    var at = ArticleBodies.At(text, literal);
                    first = at with { Column = at.Column + (i - slice.Start) };
                    firstMark = c;
                }
            }
        }

        if (first is null) return null;
        var fullWidth = FullWidth[Ascii.IndexOf(firstMark)];
        return new BuildError(first, $"Chinese text has ASCII punctuation '{firstMark}' ({count} place(s) in this article, the first here)",
            $"write the full-width form '{fullWidth}' in Chinese text (likewise ，；：？！（）); switch the input method to full-width punctuation");
    }

    /// <summary>Han characters, CJK punctuation and full-width forms, and the curly quotes Chinese text uses.</summary>
    private static bool IsChinese(char c) =>
        c is >= '\u3000' and <= '\u303f' or >= '\u3400' and <= '\u9fff' or >= '\uff00' and <= '\uffef' or '“' or '”' or '‘' or '’';
}
