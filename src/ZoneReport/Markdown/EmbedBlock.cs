using Markdig.Parsers;
using Markdig.Syntax;

namespace ZoneReport.Markdown;

/// <summary>What an embed line places: a photo, a key figure or a plan from the edition's data.</summary>
public enum EmbedKind
{
    Photo,
    Figure,
    Plan,
    /// <summary>A line that looks like an embed but is not written correctly; reported by the checker.</summary>
    Malformed,
}

/// <summary>A line such as <c>[[photo: sinopharm]]</c> standing alone in an article.</summary>
public sealed class EmbedBlock(BlockParser parser, EmbedKind kind, string id, string text) : LeafBlock(parser)
{
    public EmbedKind Kind { get; } = kind;
    public string Id { get; } = id;
    public string Text { get; } = text;
}
