using ZoneReport.Diagnostics;
using ZoneReport.Yaml;

namespace ZoneReport.Content;

/// <summary>Splits a Markdown file into its YAML front matter and its body.</summary>
public static class FrontMatter
{
    public sealed record Split(YamlMap Settings, string Body, int BodyFirstLine);

    public static Split Parse(string text, string file)
    {
        text = text.Replace("\r\n", "\n");
        if (text.StartsWith('\uFEFF')) text = text[1..];
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            throw new BuildException(new SourceLocation(file, 1, 1), "the article has no front matter",
                "begin the file with a line '---', the title and other settings, and another '---' line");
        }

        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        while (end >= 0 && end + 4 < text.Length && text[end + 4] != '\n' && !char.IsWhiteSpace(text[end + 4]))
        {
            end = text.IndexOf("\n---", end + 4, StringComparison.Ordinal);
        }

        if (end < 0)
        {
            throw new BuildException(new SourceLocation(file, 1, 1), "the front matter is never closed",
                "add a line '---' after the last setting, before the article text");
        }

        var yaml = text[4..(end + 1)];
        var settings = YamlSource.ParseMapping(yaml, file, lineOffset: 1);
        var bodyStart = text.IndexOf('\n', end + 1);
        var body = bodyStart < 0 ? "" : text[(bodyStart + 1)..];
        var bodyFirstLine = CountLines(text, bodyStart < 0 ? text.Length : bodyStart + 1) + 1;
        return new Split(settings, body, bodyFirstLine);
    }

    private static int CountLines(string text, int upTo)
    {
        var lines = 0;
        for (var i = 0; i < upTo && i < text.Length; i++)
        {
            if (text[i] == '\n') lines++;
        }

        return lines;
    }
}
