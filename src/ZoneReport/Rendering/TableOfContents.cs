using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Scriban.Runtime;

namespace ZoneReport.Rendering;

/// <summary>
/// The contents list of a long article: its second- and third-level headings with the ids the
/// Markdown pipeline gave them. Short articles get none; a list of one or two entries only adds noise.
/// </summary>
public static class TableOfContents
{
    public const int MinimumHeadings = 3;

    public static ScriptArray Of(MarkdownDocument document)
    {
        var entries = new ScriptArray();
        var headings = document.Descendants<HeadingBlock>()
            .Where(h => h.Level is 2 or 3 && h.GetAttributes().Id is { Length: > 0 })
            .ToList();
        if (headings.Count < MinimumHeadings) return entries;
        foreach (var heading in headings)
        {
            entries.Add(new ScriptObject { ["id"] = heading.GetAttributes().Id, ["text"] = PlainText(heading.Inline), ["level"] = heading.Level });
        }

        return entries;
    }

    private static string PlainText(ContainerInline? inline)
    {
        var text = new StringBuilder();
        foreach (var leaf in inline?.Descendants() ?? [])
        {
            switch (leaf)
            {
                case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
                case CodeInline code: text.Append(code.Content); break;
                case LineBreakInline: text.Append(' '); break;
            }
        }

        return text.ToString().Trim();
    }
}
