using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ZoneReport.Translation;

/// <summary>
/// A block's fingerprint: a hash of its text with whitespace and punctuation taken out (after
/// Unicode compatibility folding, so ， and , or “ and " count the same), so re-spacing or
/// re-punctuating a Chinese paragraph does not make its translation stale. Punctuation between
/// two digits (the point of 12.7, the plus of 2+4) and % are kept: they change what a number says.
/// </summary>
public static class Fingerprint
{
    public static string Of(BlockKind kind, string anchor, string text)
    {
        var normal = $"{kind}|{anchor}|{Normalize(text)}";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(normal));
        return Convert.ToHexStringLower(hash)[..16];
    }

    public static string Normalize(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC);
        var kept = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (char.IsWhiteSpace(c)) continue;
            if (IsPunctuation(c) && !MeaningfulInNumber(folded, i)) continue;
            kept.Append(c);
        }

        return kept.ToString();
    }

    /// <summary>The first characters of a text, whitespace collapsed, for reports and the lock file.</summary>
    public static string Excerpt(string text, int length = 16)
    {
        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var info = new StringInfo(collapsed);
        return info.LengthInTextElements <= length ? collapsed : info.SubstringByTextElements(0, length) + "…";
    }

    private static bool IsPunctuation(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation
            or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation or UnicodeCategory.MathSymbol
            or UnicodeCategory.ModifierSymbol;

    private static bool MeaningfulInNumber(string text, int i) =>
        text[i] is '%' or '‰' ||
        (text[i] != ',' && i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]));
}
