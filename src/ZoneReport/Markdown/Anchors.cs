using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace ZoneReport.Markdown;

/// <summary>
/// The places a link can point to with #anchor on an article's page: headings (their automatic
/// ids), {#id} set in the text, placed photos and plans (photo-id, plan-id, as the partials write
/// them), and the page's main content.
/// </summary>
public static class Anchors
{
    public static IReadOnlySet<string> Of(MarkdownDocument document)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal) { "main" };
        foreach (var node in document.Descendants())
        {
            if (node.TryGetAttributes()?.Id is { Length: > 0 } id) ids.Add(id);
            if (node is EmbedBlock { Kind: EmbedKind.Photo } photo) ids.Add($"photo-{photo.Id}");
            if (node is EmbedBlock { Kind: EmbedKind.Plan } plan) ids.Add($"plan-{plan.Id}");
        }

        return ids;
    }
}
