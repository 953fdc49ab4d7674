using ZoneReport.Diagnostics;
using ZoneReport.Model;
using ZoneReport.Yaml;

namespace ZoneReport.Configuration;

/// <summary>Reads the optional 'limits:' section of site.yml (see <see cref="InputLimits"/>).</summary>
public static class LimitsReader
{
    /// <param name="problems">Where each bad limit's error goes (it then stands in as its largest value,
    /// so nothing is refused because of it); thrown when null.</param>
    public static InputLimits Read(YamlMap site, ErrorCollector? problems = null)
    {
        var own = problems ?? new ErrorCollector();
        if (own.Try(() => site.OptionalMap(InputLimits.Section), null) is not { } map) return InputLimits.Default;
        var d = InputLimits.Default;
        int Limit(string key, int fallback, int max) => own.Try(() => Positive(map, key, fallback, max), max);
        var limits = new InputLimits(
            FileKb: Limit("file_kb", d.FileKb, max: 1024 * 1024),
            MarkdownDepth: Limit("markdown_depth", d.MarkdownDepth, max: InputLimits.MarkdigDepth),
            YamlDepth: Limit("yaml_depth", d.YamlDepth, max: 1000),
            ListItems: Limit("list_items", d.ListItems, max: 10_000_000),
            PageKb: Limit("page_kb", d.PageKb, max: 1024 * 1024),
            ParagraphMarks: Limit("paragraph_marks", d.ParagraphMarks, max: 100_000));
        own.Try(map.RejectUnknownKeys);
        if (problems is null) own.ThrowIfAny();
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
