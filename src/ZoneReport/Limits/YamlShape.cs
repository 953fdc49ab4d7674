using ZoneReport.Diagnostics;
using ZoneReport.Model;

namespace ZoneReport.Limits;

/// <summary>
/// One pass over the lines of a YAML text that measures its nesting and the length of its lists
/// before YamlDotNet builds a tree of it (which it does recursively: a deep enough nesting would
/// overflow the stack, a huge list would take the memory first). Block scalars (<c>|</c>, <c>&gt;</c>)
/// are skipped; quoted text is not counted.
/// </summary>
public static class YamlShape
{
    public static void Check(string yaml, string file, int firstLine, InputLimits limits)
    {
        // The open block collections: the indentation of each, and the items its list has so far.
        var open = new List<(int Indent, int Items, int Line)>();
        var flow = new FlowState();
        int? scalarIndent = null;
        var lineNumber = firstLine - 1;
        foreach (var range in yaml.AsSpan().Split('\n'))
        {
            lineNumber++;
            var line = yaml.AsSpan(range.Start.Value, range.End.Value - range.Start.Value).TrimEnd('\r');
            var indent = line.Length - line.TrimStart(' ').Length;
            var content = line.TrimStart(' ');
            if (scalarIndent is { } blockIndent)
            {
                if (content.IsEmpty || indent > blockIndent) continue;
                scalarIndent = null;
            }

            if (flow.Depth > 0)
            {
                flow.Scan(content, file, lineNumber, limits);
                continue;
            }

            if (content.IsEmpty || content[0] == '#' || content.StartsWith("---") || content.StartsWith("...")) continue;
            while (open.Count > 0 && open[^1].Indent > indent) open.RemoveAt(open.Count - 1);

            // "- - key: value" opens a list per dash, each one column further in.
            var column = indent;
            while (content.Length > 0 && content[0] == '-' && (content.Length == 1 || content[1] is ' ' or '\t'))
            {
                if (open.Count > 0 && open[^1].Indent == column)
                {
                    var list = open[^1];
                    open[^1] = list with { Items = list.Items + 1 };
                    if (list.Items + 1 > limits.ListItems)
                    {
                        throw new BuildException(new SourceLocation(file, list.Line, 0),
                            $"this list has more than {limits.ListItems} items (limit {limits.ListItems}, set in site.yml as limits.list_items)",
                            "split the list over several files (e.g. <name>.figures.yml) or raise limits.list_items in site.yml");
                    }
                }
                else
                {
                    open.Add((column, 1, lineNumber));
                }

                var rest = content[1..].TrimStart(' ');
                column += content.Length - rest.Length;
                content = rest;
            }

            if (!content.IsEmpty && (open.Count == 0 || open[^1].Indent < column))
            {
                open.Add((column, 0, lineNumber)); // a mapping (or a list item's mapping) opens here
            }

            if (open.Count > limits.YamlDepth) throw DepthError(file, lineNumber, open.Count, limits);
            if (EndsWithBlockScalar(content)) scalarIndent = indent;
            flow.Outer = open.Count;
            flow.Scan(content, file, lineNumber, limits);
        }
    }

    private static BuildException DepthError(string file, int line, int depth, InputLimits limits) =>
        new(new SourceLocation(file, line, 0),
            $"lists and mappings are nested {depth} levels deep here (limit {limits.YamlDepth}, set in site.yml as limits.yaml_depth)",
            "no report needs this: look for indentation gone wrong or a run of '[' or '{'; if it is right, raise limits.yaml_depth in site.yml");

    /// <summary>"key: |", "- >-", "text: |2" and the like: the lines after it are text, whatever they hold.</summary>
    private static bool EndsWithBlockScalar(ReadOnlySpan<char> content)
    {
        var comment = content.IndexOf(" #");
        var value = (comment >= 0 ? content[..comment] : content).TrimEnd();
        var last = value.LastIndexOfAny(' ', ':');
        var token = last < 0 ? value : value[(last + 1)..];
        return token.Length is > 0 and <= 3 && token[0] is '|' or '>' && (last < 0 || value[last] == ' ' || value[last] == ':');
    }

    /// <summary>Brackets of flow collections ([a, b], {k: v}), which may run over several lines.</summary>
    private sealed class FlowState
    {
        public int Outer;
        // Per open bracket: the line it opened on and the items seen in it so far.
        private readonly Stack<(int Line, int Items)> _open = new();

        public int Depth => _open.Count;

        public void Scan(ReadOnlySpan<char> text, string file, int line, InputLimits limits)
        {
            char? quote = null;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (quote is { } q)
                {
                    if (c == q && !(q == '"' && i > 0 && text[i - 1] == '\\')) quote = null;
                    continue;
                }

                switch (c)
                {
                    case '#' when i == 0 || text[i - 1] == ' ':
                        return;
                    case '"' or '\'' when Depth > 0 || i == 0 || text[i - 1] is ' ' or ':' or '-':
                        quote = c;
                        break;
                    case '[' or '{' when Depth > 0 || i == 0 || text[i - 1] is ' ' or ':':
                        _open.Push((line, 1));
                        if (Depth + Outer > limits.YamlDepth) throw DepthError(file, line, Depth + Outer, limits);
                        break;
                    case ']' or '}' when Depth > 0:
                        _open.Pop();
                        break;
                    case ',' when Depth > 0:
                        var (opened, items) = _open.Pop();
                        _open.Push((opened, items + 1));
                        if (items + 1 > limits.ListItems)
                        {
                            throw new BuildException(new SourceLocation(file, opened, 0),
                                $"this list has more than {limits.ListItems} items (limit {limits.ListItems}, set in site.yml as limits.list_items)",
                                "split the list over several files or raise limits.list_items in site.yml");
                        }

                        break;
                }
            }
        }
    }
}
