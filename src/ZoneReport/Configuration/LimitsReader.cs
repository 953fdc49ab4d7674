using ZoneReport.Model;
using ZoneReport.Yaml;

namespace ZoneReport.Configuration;

/// <summary>Reads the optional 'limits:' section of site.yml (see <see cref="InputLimits"/>).</summary>
public static class LimitsReader
{
    public static InputLimits Read(YamlMap site)
    {
        if (site.OptionalMap(InputLimits.Section) is not { } map) return InputLimits.Default;
        var d = InputLimits.Default;
        var limits = new InputLimits(
            FileKb: Positive(map, "file_kb", d.FileKb, max: 1024 * 1024),
            MarkdownDepth: Positive(map, "markdown_depth", d.MarkdownDepth, max: InputLimits.MarkdigDepth),
            YamlDepth: Positive(map, "yaml_depth", d.YamlDepth, max: 1000),
            ListItems: Positive(map, "list_items", d.ListItems, max: 10_000_000),
            PageKb: Positive(map, "page_kb", d.PageKb, max: 1024 * 1024),
            ParagraphMarks: Positive(map, "paragraph_marks", d.ParagraphMarks, max: 100_000));
        map.RejectUnknownKeys();
        return limits;
    }

    private static int Positive(YamlMap map, string key, int fallback, int max)
    {
        var value = map.OptionalInt(key) ?? fallback;
        if (value < 1 || value > max)
        {
            throw map.Error(map.Find(key)!, $"limits.{key} must be a whole number from 1 to {max}, not {value}",
                $"leave it out for the default ({fallback}), or write it like '{key}: {fallback}'");
        }

        return value;
    }
}
