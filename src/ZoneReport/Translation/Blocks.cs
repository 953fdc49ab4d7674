using System.Collections.Immutable;
using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ZoneReport.Markdown;

namespace ZoneReport.Translation;

/// <summary>The kinds of block a translation is compared by.</summary>
public enum BlockKind
{
    Heading,
    Paragraph,
    ListItem,
    TableRow,
    Placement,
}

/// <summary>
/// One unit of an article that is translated as a whole: a heading, a paragraph, a list item, a
/// table row, or a placement such as <c>[[photo: sinopharm]]</c>.
/// </summary>
/// <param name="Line">The line in the article file (not the body) where the block starts.</param>
/// <param name="Text">The text a reader sees, without Markdown syntax.</param>
/// <param name="Anchor">A placement's kind and id ("photo sinopharm"); a heading's level ("h2").</param>
public sealed record TextBlock(BlockKind Kind, int Line, string Text, string Anchor)
{
    public string Fingerprint { get; } = Translation.Fingerprint.Of(Kind, Anchor, Text);

    /// <summary>The start of the text, to name the block in reports and the lock file.</summary>
    public string Excerpt => Kind == BlockKind.Placement ? $"[[{Anchor.Replace(" ", ": ")}]]" : Translation.Fingerprint.Excerpt(Text);

    public string KindName => Kind switch
    {
        BlockKind.Heading => "heading",
        BlockKind.Paragraph => "paragraph",
        BlockKind.ListItem => "list item",
        BlockKind.TableRow => "table row",
        _ => "placement",
    };
}

/// <summary>Splits a parsed article body into its translation blocks, in reading order.</summary>
public static class BlockSegmenter
{
    /// <param name="firstLine">The file line of the body's first line (ArticleText.BodyFirstLine).</param>
    public static ImmutableArray<TextBlock> Split(MarkdownDocument document, int firstLine)
    {
        var blocks = ImmutableArray.CreateBuilder<TextBlock>();
        Walk(document, firstLine, blocks);
        return blocks.ToImmutable();
    }

    private static void Walk(ContainerBlock container, int firstLine, ImmutableArray<TextBlock>.Builder blocks)
    {
        foreach (var block in container)
        {
            var line = firstLine + block.Line;
            switch (block)
            {
                case EmbedBlock embed when embed.Kind != EmbedKind.Malformed:
                    blocks.Add(new TextBlock(BlockKind.Placement, line, "", $"{embed.Kind.ToString().ToLowerInvariant()} {embed.Id}"));
                    break;
                case HeadingBlock heading:
                    Add(blocks, BlockKind.Heading, line, InlineText(heading.Inline), "h" + heading.Level);
                    break;
                case ParagraphBlock paragraph:
                    Add(blocks, BlockKind.Paragraph, line, InlineText(paragraph.Inline), "");
                    break;
                case ListItemBlock item:
                    var own = string.Join(" ", item.OfType<ParagraphBlock>().Select(p => InlineText(p.Inline)));
                    Add(blocks, BlockKind.ListItem, line, own, "");
                    foreach (var nested in item.OfType<ContainerBlock>()) Walk(nested, firstLine, blocks);
                    break;
                case TableRow row:
                    var cells = row.OfType<TableCell>().Select(c => string.Join(" ", c.OfType<ParagraphBlock>().Select(p => InlineText(p.Inline))));
                    Add(blocks, BlockKind.TableRow, line, string.Join(" | ", cells), "");
                    break;
                case ContainerBlock inner:
                    Walk(inner, firstLine, blocks);
                    break;
            }
        }
    }

    private static void Add(ImmutableArray<TextBlock>.Builder blocks, BlockKind kind, int line, string text, string anchor)
    {
        text = text.Trim();
        if (text.Length > 0) blocks.Add(new TextBlock(kind, line, text, anchor));
    }

    private static string InlineText(ContainerInline? inline)
    {
        var text = new StringBuilder();
        if (inline is not null) Append(inline, text);
        return text.ToString();
    }

    private static void Append(Inline inline, StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.ToString());
                break;
            case AutolinkInline link:
                text.Append(link.Url);
                break;
            case ContainerInline container:
                foreach (var child in container) Append(child, text);
                break;
        }
    }
}
