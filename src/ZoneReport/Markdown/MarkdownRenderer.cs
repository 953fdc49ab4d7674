using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace ZoneReport.Markdown;

/// <summary>
/// Parses article bodies with the extensions a newsroom needs and renders them to HTML. Raw HTML in
/// Markdown is turned off, so an article can never inject markup or script into a page.
/// </summary>
public sealed class MarkdownRenderer
{
    public MarkdownRenderer()
    {
        Pipeline = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseGridTables()
            .UseEmphasisExtras()
            .UseFootnotes()
            .UseFigures()
            .UseGenericAttributes()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UsePreciseSourceLocation()
            .Use<EmbedExtension>()
            .DisableHtml()
            .Build();
    }

    public MarkdownPipeline Pipeline { get; }

    public MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);

    /// <param name="rewriteLink">Turns a link as written (e.g. other.en.md) into the address used in the page.</param>
    /// <param name="renderEmbed">The HTML of a photo, figure or plan placed in the text.</param>
    /// <remarks>Chinese words on pages in other languages are marked on the whole page afterwards (Rendering/ChineseRunMarker.cs).</remarks>
    public string Render(MarkdownDocument document, Func<string, string> rewriteLink, Func<EmbedBlock, string> renderEmbed)
    {
        var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer) { LinkRewriter = rewriteLink };
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Insert(0, new EmbedBlockRenderer(renderEmbed));
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    private sealed class EmbedBlockRenderer(Func<EmbedBlock, string> render) : HtmlObjectRenderer<EmbedBlock>
    {
        protected override void Write(HtmlRenderer renderer, EmbedBlock block)
        {
            renderer.EnsureLine();
            renderer.Write(render(block));
            renderer.EnsureLine();
        }
    }
}
