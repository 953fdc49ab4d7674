using ZoneReport.Diagnostics;
using ZoneReport.Input;
using ZoneReport.Model;

namespace ZoneReport.Limits;

/// <summary>
/// Reads an article or data file within the site's <see cref="InputLimits"/>: its size is checked
/// before a byte is read, its nesting and list lengths by one pass over its lines before any
/// parser sees it. So Markdig and YamlDotNet only ever get input they handle quickly and safely.
/// </summary>
public static class SourceLimits
{
    /// <param name="path">The file on disk.</param>
    /// <param name="shown">The path shown in messages (relative to the site folder).</param>
    public static string Read(string path, string shown, InputLimits limits)
    {
        var size = new FileInfo(path).Length;
        if (size > limits.FileKb * 1024L)
        {
            throw new BuildException(SourceLocation.PathOnly(shown),
                $"the file is {Kb(size)} KiB, larger than any article or data file should be (limit {limits.FileKb} KiB, set in site.yml as limits.file_kb)",
                "split it into smaller files; if it really is this large, raise limits.file_kb in site.yml");
        }

        var text = SourceText.Read(path, shown);
        Check(text, shown, limits);
        return text;
    }

    /// <summary>The checks of the text itself: YAML for data files and front matter, Markdown for article bodies.</summary>
    public static void Check(string text, string shown, InputLimits limits)
    {
        if (!shown.EndsWith(".md", StringComparison.Ordinal))
        {
            YamlShape.Check(text, shown, firstLine: 1, limits);
            return;
        }

        // Front matter as FrontMatter splits it: from a first line '---' to the next line starting '---'.
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && !text.StartsWith("---\r\n", StringComparison.Ordinal))
        {
            MarkdownNesting.Check(text, shown, firstLine: 1, limits);
            return;
        }

        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (end < 0) return; // the loader reports the unclosed front matter
        var yamlStart = text.IndexOf('\n') + 1;
        YamlShape.Check(text[yamlStart..(end + 1)], shown, firstLine: 2, limits);
        var bodyStart = text.IndexOf('\n', end + 1);
        if (bodyStart < 0) return;
        var bodyFirstLine = 1 + text.AsSpan(0, bodyStart + 1).Count('\n');
        MarkdownNesting.Check(text[(bodyStart + 1)..], shown, bodyFirstLine, limits);
    }

    private static string Kb(long bytes) => (bytes / 1024).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
