using System.Globalization;
using System.Text.RegularExpressions;

namespace ZoneReport.Tests.Site;

/// <summary>
/// The numbers a reader sees in a text, with units converted to plain values, so that a Chinese page
/// and its English translation can be compared: 226亿元 and CNY 22.6 billion are both 22600000000,
/// 10月 and October are both month 10.
/// </summary>
public static partial class NumberExtractor
{
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    public static SortedSet<string> Chinese(string text)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        text = ChineseMonthRange().Replace(text, m => { found.Add("month " + int.Parse(m.Groups[1].Value)); return m.Groups[2].Value + "月"; });
        // 增长12.7倍 (grew by 12.7 times) is 13.7 times the base: the English says the resulting multiple.
        text = ChineseGrowthMultiple().Replace(text, m => { found.Add(Plain(decimal.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + 1)); return ""; });
        foreach (Match m in ChineseNumber().Matches(text))
        {
            var value = decimal.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            var suffix = m.Groups["u"].Value;
            if (suffix.StartsWith('月')) { found.Add("month " + value); continue; }
            if (suffix.Contains('亿')) value *= 100_000_000m;
            else if (suffix.Contains('万')) value *= 10_000m;
            else if (suffix.Contains('千')) value *= 1_000m;
            found.Add(Plain(value));
        }

        return found;
    }

    public static SortedSet<string> English(string text)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Months.Length; i++)
        {
            if (Regex.IsMatch(text, $@"\b{Months[i]}\b")) found.Add("month " + (i + 1));
        }

        foreach (Match m in EnglishNumber().Matches(text))
        {
            if (m.Groups["ha"].Success) continue;
            var value = decimal.Parse(m.Groups["n"].Value.Replace(",", ""), CultureInfo.InvariantCulture);
            value *= m.Groups["scale"].Value switch { "trillion" => 1_000_000_000_000m, "billion" => 1_000_000_000m, "million" => 1_000_000m, _ => 1m };
            found.Add(Plain(value));
        }

        return found;
    }

    private static string Plain(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"增长\s*(\d+(?:\.\d+)?)\s*倍")]
    private static partial Regex ChineseGrowthMultiple();

    [GeneratedRegex(@"(\d{1,2})\s*[-—–至到]\s*(\d{1,2})\s*月")]
    private static partial Regex ChineseMonthRange();

    [GeneratedRegex(@"(?<![\d.A-Za-z])(?<n>\d+(?:\.\d+)?)(?<u>\s*(?:余|多)?\s*(?:亿|万|千|月))?")]
    private static partial Regex ChineseNumber();

    [GeneratedRegex(@"(?<![\d.,A-Za-z])(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<ha>\s*ha\))?(?:\s+(?<scale>trillion|billion|million))?")]
    private static partial Regex EnglishNumber();
}
