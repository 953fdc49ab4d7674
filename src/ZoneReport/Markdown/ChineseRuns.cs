namespace ZoneReport.Markdown;

/// <summary>
/// Chinese words inside text of another language (名字 given in both scripts, a term quoted in
/// the original) are marked <c>lang="zh-Hans"</c>, so screen readers pronounce them as Chinese
/// and browsers pick a Chinese font. A run is Han characters with the punctuation that joins them
/// (昌建·五间楼, 一区四高五个川汇, 奋进新征程 建功新时代); it is found automatically, so editors write
/// nothing. Rendering/ChineseRunMarker.cs puts the runs of a whole page in spans.
/// </summary>
public static class ChineseRuns
{
    public static bool IsHan(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' or '〇';

    /// <summary>Characters that continue a run when a Han character follows them.</summary>
    private static bool Joins(char c) => c is '·' or '・' or '、' or '—' or '“' or '”' or ' ' || char.IsAsciiDigit(c) || IsHan(c);

    /// <summary>The text in pieces, each either a Chinese run or text between runs.</summary>
    public static IEnumerable<(string Text, bool Chinese)> Split(string text)
    {
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsHan(text[i])) { i++; continue; }
            var end = i + 1;
            while (end < text.Length)
            {
                if (IsHan(text[end])) { end++; continue; }
                var next = end;
                while (next < text.Length && Joins(text[next]) && !IsHan(text[next])) next++;
                if (next < text.Length && next > end && IsHan(text[next])) { end = next; continue; }
                break;
            }

            if (i > start) yield return (text[start..i], false);
            yield return (text[i..end], true);
            start = i = end;
        }

        if (start < text.Length) yield return (text[start..], false);
    }
}
