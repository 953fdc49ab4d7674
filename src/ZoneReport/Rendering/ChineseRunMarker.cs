using System.Net;
using System.Text;
using ZoneReport.Markdown;

namespace ZoneReport.Rendering;

/// <summary>
/// Marks the Chinese runs of a whole rendered page not in Chinese: every text of an element whose
/// language (its own or inherited <c>lang</c>) is not Chinese has its runs put in
/// <c>&lt;span lang="zh-Hans"&gt;</c>. So a name from YAML or front matter (a title, a caption, a
/// figure label, a note) is marked wherever a template writes it, as the Markdown body is, and
/// template authors write nothing. Only element text is marked: attribute values, the raw text of
/// <c>title</c>, <c>script</c>, <c>style</c> and <c>textarea</c>, and the text of <c>option</c> and
/// of SVG and MathML (where a span is not allowed) stay as they are. The page is ZoneReport's own
/// output, so a small scanner of tags is enough; no text outside a marked run changes.
/// </summary>
public static class ChineseRunMarker
{
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "title", "textarea" };

    /// <summary>Elements whose text must not hold a span (or whose children may not be HTML).</summary>
    private static readonly HashSet<string> Unmarked = new(StringComparer.OrdinalIgnoreCase) { "svg", "math", "option", "select", "datalist", "template" };

    // Looked up by the tag's name as it stands in the page, without making a string of it.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VoidNames = Void.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RawTextNames = RawText.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UnmarkedNames = Unmarked.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <param name="Chinese">The element's language (its own lang or its parent's) is Chinese.</param>
    /// <param name="Forbidden">The element or one around it may not hold a span.</param>
    private readonly record struct Open(string Name, bool Chinese, bool Forbidden)
    {
        public bool Marks => !Chinese && !Forbidden;
    }

    /// <summary>The page with its Chinese runs marked when it is not in Chinese and the site has a Chinese language; else the page as it is.</summary>
    public static string MarkPage(string html, Model.SiteConfig config, Model.Language language) =>
        !Data.QuantityFormatter.IsChinese(language) && config.Languages.FirstOrDefault(Data.QuantityFormatter.IsChinese) is { } chinese
            ? Mark(html, chinese.Code)
            : html;

    /// <param name="html">A page, well formed as ZoneReport writes it.</param>
    /// <param name="code">The language code of the site's Chinese (zh-Hans).</param>
    public static string Mark(string html, string code)
    {
        if (!HasHan(html)) return html;
        // The page is scanned, not copied: most pages not in Chinese have no run to mark outside
        // attributes and raw text, and come back as they are. Text is copied up to each marked run.
        StringBuilder? output = null;
        var copied = 0;
        var open = new List<Open>();
        var i = 0;
        while (i < html.Length)
        {
            if (html[i] == '<' && i + 1 < html.Length && (char.IsAsciiLetter(html[i + 1]) || html[i + 1] is '/' or '!' or '?'))
            {
                i = SkipTag(html, i, open);
                continue;
            }

            var end = html.IndexOf('<', i + 1);
            if (end < 0) end = html.Length;
            var text = html.AsSpan(i, end - i);
            if ((open.Count == 0 || open[^1].Marks) && HasHan(text))
            {
                output ??= new StringBuilder(html.Length + 256);
                output.Append(html, copied, i - copied);
                AppendMarked(output, text, code);
                copied = end;
            }

            i = end;
        }

        return output is null ? html : output.Append(html, copied, html.Length - copied).ToString();
    }

    private static void AppendMarked(StringBuilder output, ReadOnlySpan<char> text, string code)
    {
        // Decoded first, so an escaped joiner (&#183; for ·) does not cut a run in two.
        foreach (var (piece, chinese) in ChineseRuns.Split(WebUtility.HtmlDecode(text.ToString())))
        {
            if (chinese) output.Append("<span lang=\"").Append(code).Append("\">");
            output.Append(Escape(piece));
            if (chinese) output.Append("</span>");
        }
    }

    /// <summary>Whether any character is Han: a vector search for the main block first, which holds nearly all of them.</summary>
    private static bool HasHan(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAnyInRange('\u4E00', '\u9FFF') >= 0) return true;
        foreach (var c in text)
        {
            if (ChineseRuns.IsHan(c)) return true;
        }

        return false;
    }

    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    /// <summary>Reads past the tag (or comment, doctype) at <paramref name="start"/>, keeping track of the open elements; where it ends.</summary>
    private static int SkipTag(string html, int start, List<Open> open)
    {
        if (string.CompareOrdinal(html, start, "<!--", 0, 4) == 0) return SkipThrough(html, start, "-->");
        if (html[start + 1] is '!' or '?') return SkipThrough(html, start, ">");

        var closing = html[start + 1] == '/';
        var nameStart = start + (closing ? 2 : 1);
        var nameEnd = nameStart;
        while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':')) nameEnd++;
        var name = html.AsSpan(nameStart, nameEnd - nameStart);
        string? lang = null;
        var i = nameEnd;
        var selfClosing = false;
        while (i < html.Length && html[i] != '>')
        {
            if (char.IsWhiteSpace(html[i])) { i++; continue; }
            if (html[i] == '/') { selfClosing = true; i++; continue; }
            selfClosing = false;
            var attributeStart = i;
            while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not ('=' or '>' or '/')) i++;
            // Spans, not strings: a page has hundreds of attributes and only lang is kept.
            var attribute = html.AsSpan(attributeStart, i - attributeStart);
            if (i >= html.Length || html[i] != '=') continue;
            i++;
            int valueStart, valueEnd;
            if (i < html.Length && html[i] is '"' or '\'')
            {
                var quote = html[i];
                var close = html.IndexOf(quote, i + 1);
                if (close < 0) close = html.Length - 1;
                (valueStart, valueEnd) = (i + 1, close);
                i = close + 1;
            }
            else
            {
                valueStart = i;
                while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>') i++;
                valueEnd = i;
            }

            if (attribute.Equals("lang", StringComparison.OrdinalIgnoreCase)) lang = html[valueStart..valueEnd];
        }

        var end = Math.Min(i + 1, html.Length);
        if (closing)
        {
            var at = open.Count - 1;
            while (at >= 0 && !open[at].Name.AsSpan().Equals(name, StringComparison.OrdinalIgnoreCase)) at--;
            if (at >= 0) open.RemoveRange(at, open.Count - at);
            return end;
        }

        if (VoidNames.Contains(name) || selfClosing) return end;
        var parent = open.Count > 0 ? open[^1] : new Open("", false, false);
        var raw = RawTextNames.Contains(name);
        open.Add(new Open(name.ToString(),
            lang is null ? parent.Chinese : lang.StartsWith("zh", StringComparison.OrdinalIgnoreCase),
            parent.Forbidden || UnmarkedNames.Contains(name) || raw));
        if (!raw) return end;

        // Raw text runs to its end tag, whatever it holds.
        var endTag = html.IndexOf(string.Concat("</", name), end, StringComparison.OrdinalIgnoreCase);
        return endTag < 0 ? html.Length : endTag;
    }

    private static int SkipThrough(string html, int start, string terminator)
    {
        var at = html.IndexOf(terminator, start + 2, StringComparison.Ordinal);
        return at < 0 ? html.Length : at + terminator.Length;
    }
}
