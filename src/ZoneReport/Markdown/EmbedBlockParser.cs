using System.Text.RegularExpressions;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;

namespace ZoneReport.Markdown;

/// <summary>Recognises embed lines: <c>[[photo: id]]</c>, <c>[[figure: id]]</c>, <c>[[plan: id]]</c>.</summary>
public sealed partial class EmbedBlockParser : BlockParser
{
    public EmbedBlockParser()
    {
        OpeningCharacters = ['['];
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent) return BlockState.None;
        var line = processor.Line.ToString().Trim();
        if (!line.StartsWith("[[", StringComparison.Ordinal) || !line.EndsWith("]]", StringComparison.Ordinal))
        {
            return BlockState.None;
        }

        var match = EmbedPattern().Match(line);
        var kind = !match.Success ? EmbedKind.Malformed : match.Groups["kind"].Value switch
        {
            "photo" => EmbedKind.Photo,
            "figure" => EmbedKind.Figure,
            "plan" => EmbedKind.Plan,
            _ => EmbedKind.Malformed,
        };
        var block = new EmbedBlock(this, kind, match.Success ? match.Groups["id"].Value : "", line)
        {
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new Markdig.Syntax.SourceSpan(processor.Start, processor.Line.End),
        };
        processor.NewBlocks.Push(block);
        return BlockState.BreakDiscard;
    }

    [GeneratedRegex(@"^\[\[\s*(?<kind>[a-z]+)\s*:\s*(?<id>[^\]\s]+)\s*\]\]$")]
    private static partial Regex EmbedPattern();
}

/// <summary>Adds the embed syntax to a Markdig pipeline.</summary>
public sealed class EmbedExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<EmbedBlockParser>())
        {
            pipeline.BlockParsers.Insert(0, new EmbedBlockParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        // The HTML of an embed depends on the page being rendered, so MarkdownRenderer adds it per render.
    }
}
