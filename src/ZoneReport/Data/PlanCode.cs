namespace ZoneReport.Data;

/// <summary>
/// What a plan's name promises about its shape. Chinese policy writing names plans by counts:
/// "11346" is five pillars of 1, 1, 3, 4 and 6 items; "2+4" two pillars of 2 and 4; "七个突出" seven pillars.
/// </summary>
public sealed record PlanCode(IReadOnlyList<int>? PillarCounts, int? PillarTotal)
{
    public static PlanCode? Parse(string code)
    {
        var trimmed = code.Trim().Trim('“', '”', '"');
        if (trimmed.Length > 0 && char.IsAsciiDigit(trimmed[0]))
        {
            var digits = new List<int>();
            foreach (var c in trimmed)
            {
                if (char.IsAsciiDigit(c)) digits.Add(c - '0');
                else if (c is '+' or '-' or ' ') continue;
                else break;
            }

            return new PlanCode(digits, null);
        }

        var total = ChineseNumeral(trimmed);
        return total is null ? null : new PlanCode(null, total);
    }

    /// <summary>Reads a leading Chinese numeral from 一 to 九十九 (两 counts as 2).</summary>
    public static int? ChineseNumeral(string text)
    {
        static int? Digit(char c) => "〇一二三四五六七八九".IndexOf(c) is var i and >= 0 ? i : c == '两' ? 2 : null;

        if (text.Length == 0) return null;
        if (text[0] == '十')
        {
            return text.Length > 1 && Digit(text[1]) is { } unit and > 0 ? 10 + unit : 10;
        }

        if (Digit(text[0]) is not { } first || first == 0) return null;
        if (text.Length > 1 && text[1] == '十')
        {
            return text.Length > 2 && Digit(text[2]) is { } unit and > 0 ? first * 10 + unit : first * 10;
        }

        return first;
    }
}
