namespace ZoneReport.Translation;

/// <summary>
/// Decides whether an editor's note is about a finding: the note quotes what the finding names. A
/// number, code, name or term must appear in the note's text or its 'original' as written (not inside
/// a longer number); a block must share a run of its words with the note (8 characters of Chinese,
/// 24 of English, whitespace and punctuation aside).
/// </summary>
public static class NoteQuotes
{
    public static bool Quotes(ExplainingNote note, string quote, FindingKind kind)
    {
        var texts = note.Original is null ? [note.Text] : new[] { note.Text, note.Original };
        return kind is FindingKind.Missing or FindingKind.Extra or FindingKind.Merged or FindingKind.Split or FindingKind.Moved
            ? texts.Any(t => SharesRun(t, quote))
            : texts.Any(t => HoldsExactly(t, quote));
    }

    private static bool HoldsExactly(string text, string quote)
    {
        if (quote.Length == 0) return false;
        for (var at = text.IndexOf(quote, StringComparison.Ordinal); at >= 0; at = text.IndexOf(quote, at + 1, StringComparison.Ordinal))
        {
            var before = at > 0 ? text[at - 1] : ' ';
            var after = at + quote.Length < text.Length ? text[at + quote.Length] : ' ';
            if (!(char.IsAsciiDigit(quote[0]) && (char.IsAsciiDigit(before) || before == '.')) &&
                !(char.IsAsciiDigit(quote[^1]) && (char.IsAsciiDigit(after) || after == '.' && at + quote.Length + 1 < text.Length && char.IsAsciiDigit(text[at + quote.Length + 1]))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SharesRun(string note, string block)
    {
        var a = Fingerprint.Normalize(note).ToLowerInvariant();
        var b = Fingerprint.Normalize(block).ToLowerInvariant();
        var cjk = b.Any(c => c >= '\u3400' && c <= '\u9fff');
        var run = cjk ? 8 : 24;
        if (b.Length < run) return b.Length > 0 && a.Contains(b, StringComparison.Ordinal);
        for (var i = 0; i + run <= a.Length; i++)
        {
            if (b.Contains(a.AsSpan(i, run), StringComparison.Ordinal)) return true;
        }

        return false;
    }
}
