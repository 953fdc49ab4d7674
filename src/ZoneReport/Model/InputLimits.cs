namespace ZoneReport.Model;

/// <summary>
/// How large and how deep the input may be (site.yml, section 'limits:'). Each is checked before
/// any expensive work, so no input can make a build run out of memory, crash in a parser or run
/// super-linearly; hitting one is an error naming the file and line and the setting that raises it.
/// The defaults are far above any real report (its largest article is a few dozen kilobytes, its
/// deepest YAML five levels).
/// </summary>
/// <param name="FileKb">Largest article or data file, in KiB (limits.file_kb).</param>
/// <param name="MarkdownDepth">Deepest nesting of quotes, lists and brackets in an article (limits.markdown_depth).</param>
/// <param name="YamlDepth">Deepest nesting of YAML lists and mappings (limits.yaml_depth).</param>
/// <param name="ListItems">Most items in one YAML list (limits.list_items).</param>
/// <param name="PageKb">Largest rendered page, in KiB of text (limits.page_kb).</param>
/// <param name="ParagraphMarks">
/// Most emphasis marks (*, _, ~), '[' and '|' in one paragraph, list item or table row
/// (limits.paragraph_marks): Markdig's time for one paragraph grows with their square (4,000
/// emphasised words in one paragraph took 4.4 s; 16,000 made it throw; so do the cells of a row).
/// </param>
public sealed record InputLimits(int FileKb, int MarkdownDepth, int YamlDepth, int ListItems, int PageKb, int ParagraphMarks = 1000)
{
    public const string Section = "limits";

    public static readonly InputLimits Default = new(FileKb: 4096, MarkdownDepth: 32, YamlDepth: 32, ListItems: 10_000, PageKb: 65_536, ParagraphMarks: 1000);

    /// <summary>Markdig's own limit on nesting: ours must stay below it, so its exception is never reached.</summary>
    public const int MarkdigDepth = 100;
}
