using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using ZoneReport.Diagnostics;

namespace ZoneReport.Yaml;

/// <summary>Parses YAML text into a mapping whose every node knows its file, line and column.</summary>
public static class YamlSource
{
    /// <param name="file">The path shown in messages (relative to the site folder).</param>
    /// <param name="lineOffset">Lines before the YAML in its file, e.g. 1 for front matter after "---".</param>
    public static YamlMap ParseMapping(string text, string file, int lineOffset = 0)
    {
        var stream = new YamlStream();
        var scanner = new Scanner(new StringReader(text));
        try
        {
            stream.Load(new Parser(scanner));
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            // YamlDotNet reports some malformed input without a position; the scanner still knows where it stopped.
            var mark = e is YamlException y ? y.Start : scanner.CurrentPosition;
            var line = (int)mark.Line + lineOffset;
            var column = (int)mark.Column;
            throw new BuildException(
                new SourceLocation(file, Math.Max(line, 1), Math.Max(column, 1)),
                $"this is not valid YAML: {Describe(e)}",
                "check the indentation and quote text that holds ': ', '#', or starts with a quote, '[', '{', '*' or '&'");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return YamlMap.Empty(file, lineOffset);
        }

        var root = stream.Documents[0].RootNode;
        if (root is not YamlMappingNode mapping)
        {
            throw new BuildException(
                YamlMap.LocationOf(root, file, lineOffset),
                "expected a list of 'key: value' settings here",
                "start each setting on its own line, like 'title: ...'");
        }

        return new YamlMap(mapping, file, lineOffset);
    }

    private static string Describe(Exception e)
    {
        // YamlDotNet throws these two without a message meant for people (found by the property tests).
        if (e is InvalidOperationException) return "a value is not closed or not properly quoted";
        if (e is ArgumentException) return "a key, value or list item is in a place where it cannot be";
        var message = e.InnerException?.Message ?? e.Message;
        // YamlDotNet repeats the position in its own text; ours is already at the front of the line.
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith('(') && cut > 0) message = message[(cut + 3)..];
        return message.TrimEnd('.').Trim();
    }
}
