using ZoneReport.Diagnostics;
using ZoneReport.Model;

namespace ZoneReport.Limits;

/// <summary>
/// One pass over an article's lines that finds what would make Markdig slow or make it throw its
/// "too deeply nested" exception: quotes and lists nested too deep (each level costs Markdig more
/// the deeper it is: 1,000 indented levels took 3.6 s, 2,000 took 22.6 s), and, within a paragraph,
/// too many '[' or emphasis marks left open (Markdig matches them in time that grows with the
/// square of their number). Errs on the side of counting too much: real articles stay far below
/// the limit, and the limit stays far below Markdig's own.
/// </summary>
public static class MarkdownNesting
{
    /// <param name="firstLine">The line of the file where <paramref name="body"/> starts.</param>
    public static void Check(string body, string file, int firstLine, InputLimits limits)
    {
        var limit = limits.MarkdownDepth;
        var open = new OpenMarks(limits.ParagraphMarks);
        string? fence = null;
        var lineNumber = firstLine - 1;
        foreach (var range in body.AsSpan().Split('\n'))
        {
            lineNumber++;
            var line = body.AsSpan(range.Start.Value, range.End.Value - range.Start.Value).TrimEnd('\r');
            var (depth, contentStart, listItem) = Containers(line);
            var content = line[contentStart..];
            if (fence is not null)
            {
                if (content.TrimStart().StartsWith(fence, StringComparison.Ordinal) && content.Trim().Trim(fence[0]).IsEmpty) fence = null;
                continue;
            }

            if (FenceOpening(content) is { } opening)
            {
                fence = opening;
                continue;
            }

            if (depth > limit)
            {
                throw Error(file, lineNumber, $"quotes and lists are nested {depth} levels deep here", limit);
            }

            if (content.IsWhiteSpace())
            {
                open = new OpenMarks(limits.ParagraphMarks);
                continue;
            }

            if (IsThematicBreak(content)) continue;

            // A list item, a table row and a heading are each parsed on their own, like a paragraph.
            if (listItem || content.TrimStart().StartsWith('|') || content.TrimStart().StartsWith('#')) open = new OpenMarks(limits.ParagraphMarks);
            switch (open.Scan(content, limit))
            {
                case '[':
                    throw Error(file, lineNumber, $"more than {limit} '[' are open (not closed by ']') in this paragraph", limit);
                case OpenMarks.TooMany:
                    throw new BuildException(new SourceLocation(file, lineNumber, 0),
                        $"by this line the paragraph has more than {limits.ParagraphMarks} emphasis marks, brackets and table bars (limit {limits.ParagraphMarks}, set in site.yml as limits.paragraph_marks)",
                        "break the paragraph into several (an empty line between them); if it is right, raise limits.paragraph_marks in site.yml");
                case { } mark:
                    throw Error(file, lineNumber, $"more than {limit} emphasis marks '{mark}' are open (not closed) in this paragraph", limit);
            }

        }
    }

    private static BuildException Error(string file, int line, string what, int limit) =>
        new(new SourceLocation(file, line, 0), $"{what} (limit {limit}, set in site.yml as limits.markdown_depth)",
            "no article needs this: look for a stray run of '>', '-', '[' or '*' (a paste from elsewhere?) and remove it; " +
            "if the text is right, raise limits.markdown_depth in site.yml");

    /// <summary>
    /// How many quote and list levels the line's start opens, and where its text begins. Nested
    /// lists are also written by indentation alone: every two columns of indentation before a
    /// marker count as one level.
    /// </summary>
    private static (int Depth, int ContentStart, bool ListItem) Containers(ReadOnlySpan<char> line)
    {
        if (IsThematicBreak(line)) return (0, 0, false);
        var depth = 0;
        var i = 0;
        var listItem = false;
        while (true)
        {
            var columns = 0;
            var start = i;
            while (i < line.Length && line[i] is ' ' or '\t') columns += line[i++] == '\t' ? 4 - columns % 4 : 1;
            if (i < line.Length && line[i] == '>')
            {
                depth += 1 + columns / 2;
                i++;
                continue;
            }

            var marker = ListMarkerLength(line[i..]);
            if (marker == 0) return (depth, start, listItem);
            listItem = true;
            depth += 1 + columns / 2;
            i += marker;
        }
    }

    /// <summary>"- ", "* ", "+ ", "1. ", "12) " (or the marker alone at the end of the line).</summary>
    private static int ListMarkerLength(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (text.Length > 0 && text[0] is '-' or '*' or '+') i = 1;
        else
        {
            while (i < text.Length && i < 9 && char.IsAsciiDigit(text[i])) i++;
            if (i == 0 || i >= text.Length || text[i] is not ('.' or ')')) return 0;
            i++;
        }

        if (i == text.Length) return i;
        return text[i] is ' ' or '\t' ? i + 1 : 0;
    }

    private static bool IsThematicBreak(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length < 3 || trimmed[0] is not ('-' or '*' or '_')) return false;
        var count = 0;
        foreach (var c in trimmed)
        {
            if (c == trimmed[0]) count++;
            else if (c is not (' ' or '\t')) return false;
        }

        return count >= 3;
    }

    private static string? FenceOpening(ReadOnlySpan<char> content)
    {
        var trimmed = content.TrimStart(' ');
        if (content.Length - trimmed.Length > 3 || trimmed.Length < 3 || trimmed[0] is not ('`' or '~')) return null;
        var run = 0;
        while (run < trimmed.Length && trimmed[run] == trimmed[0]) run++;
        return run >= 3 ? new string(trimmed[0], run) : null;
    }

    /// <summary>The '[' and emphasis marks opened and not yet closed in the current paragraph.</summary>
    private sealed class OpenMarks(int maxMarks)
    {
        /// <summary>What <see cref="Scan"/> returns when the paragraph has too many marks in all.</summary>
        public const char TooMany = '\0';

        private int _brackets;

        public int Marks { get; private set; }
        private readonly Dictionary<char, int> _emphasis = new() { ['*'] = 0, ['_'] = 0, ['~'] = 0 };

        /// <summary>The mark that went over the limit on this line, if one did.</summary>
        public char? Scan(ReadOnlySpan<char> text, int limit)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                switch (c)
                {
                    case '\\':
                        i++;
                        break;
                    case '`':
                        i = SkipCodeSpan(text, i);
                        break;
                    case '[':
                        if (++Marks > maxMarks) return TooMany;
                        if (++_brackets > limit) return '[';
                        break;
                    case ']':
                        if (_brackets > 0) _brackets--;
                        break;
                    case '|':
                        // A table row with thousands of cells: Markdig's time grows with their square.
                        if (++Marks > maxMarks) return TooMany;
                        break;
                    case '*' or '_' or '~':
                        var end = i;
                        while (end < text.Length && text[end] == c) end++;
                        var before = i == 0 ? ' ' : text[i - 1];
                        var after = end == text.Length ? ' ' : text[end];
                        if (++Marks > maxMarks) return TooMany;
                        var canClose = !char.IsWhiteSpace(before);
                        var canOpen = !char.IsWhiteSpace(after);
                        if (canClose && _emphasis[c] > 0) _emphasis[c]--;
                        else if (canOpen && ++_emphasis[c] > limit) return c;
                        if (end - i > 2 * limit) return c;
                        i = end - 1;
                        break;
                }
            }

            return null;
        }

        /// <summary>Past the code span that starts here, or just past the backticks when it is never closed on this line.</summary>
        private static int SkipCodeSpan(ReadOnlySpan<char> text, int start)
        {
            var run = 0;
            while (start + run < text.Length && text[start + run] == '`') run++;
            var rest = text[(start + run)..];
            var close = rest.IndexOf(new string('`', run));
            return close < 0 ? start + run - 1 : start + run + close + run - 1;
        }
    }
}
