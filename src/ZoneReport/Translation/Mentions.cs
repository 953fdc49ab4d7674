using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using ZoneReport.Data;

namespace ZoneReport.Translation;

public enum MentionKind
{
    Number,
    Date,
    /// <summary>A plan code such as “11346”, 1111工程 or “2+4”: compared as written.</summary>
    Code,
}

/// <summary>
/// A number, date or code a reader sees in a text, with its value in one form for both languages:
/// 226亿元 and CNY 22.6 billion are both 22600000000, 2022年10月 and October 2022 are both 2022-10.
/// </summary>
/// <param name="Written">As the text writes it, to show in findings and to find in editor's notes.</param>
/// <param name="Soft">Said in words ("one", 一个): may answer the other language's mention, never reported missing.</param>
public sealed record Mention(MentionKind Kind, string Value, string Written, bool Soft = false);

/// <summary>Finds the mentions of a Chinese or an English text (all arithmetic in decimal).</summary>
public static partial class Mentions
{
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    private static readonly ImmutableDictionary<string, int> EnglishWords = new Dictionary<string, int>
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13,
        ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18,
        ["nineteenth"] = 19, ["twentieth"] = 20, ["thirtieth"] = 30,
    }.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase);

    public static ImmutableArray<Mention> InChinese(string text)
    {
        var found = ImmutableArray.CreateBuilder<Mention>();
        text = Take(text, ChineseCode(), m => found.Add(new Mention(MentionKind.Code, m.Groups["code"].Value, m.Value)));
        text = Take(text, ChineseDate(), m =>
        {
            int? year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
            if (m.Groups["from"].Success) found.Add(new Mention(MentionKind.Date, DateValue(null, Int(m, "from"), null), m.Value));
            found.Add(new Mention(MentionKind.Date, DateValue(year, Int(m, "m"), m.Groups["d"].Success ? Int(m, "d") : null), m.Value));
        });
        // 增长12.7倍 (grew by 12.7 times) is 13.7 times the base: the English says the resulting multiple.
        text = Take(text, ChineseGrowthMultiple(), m => found.Add(new Mention(MentionKind.Number,
            QuantityFormatter.Plain(decimal.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) + 1), m.Value)));
        // 亿元以上 with no number before it is “1亿元 or more”: CNY 100 million in English.
        text = Take(text, BareHundredMillion(), m => found.Add(new Mention(MentionKind.Number, "100000000", m.Value)));
        text = Take(text, ChineseNumber(), m =>
        {
            var value = decimal.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            var unit = m.Groups["u"].Value;
            if (unit.Contains("万亿")) value *= 1_000_000_000_000m;
            else if (unit.Contains('亿')) value *= 100_000_000m;
            else if (unit.Contains('万')) value *= 10_000m;
            else if (unit.Contains('千')) value *= 1_000m;
            found.Add(new Mention(MentionKind.Number, QuantityFormatter.Plain(value), m.Value.Trim()));
        });
        foreach (Match m in ChineseCount().Matches(text))
        {
            if (ChineseNumerals.Parse(m.Groups["n"].Value) is not { } value) continue;
            found.Add(new Mention(MentionKind.Number, QuantityFormatter.Plain(value), m.Value, Soft: value == 1));
        }

        return found.ToImmutable();
    }

    public static ImmutableArray<Mention> InEnglish(string text)
    {
        var found = ImmutableArray.CreateBuilder<Mention>();
        text = Take(text, EnglishCode(), m => found.Add(new Mention(MentionKind.Code, m.Groups["code"].Value, m.Value)));
        text = Take(text, EnglishDate(), m =>
        {
            var month = Array.IndexOf(Months, m.Groups["m"].Value) + 1;
            int? day = m.Groups["d"].Success ? Int(m, "d") : m.Groups["d2"].Success ? Int(m, "d2") : null;
            int? year = m.Groups["y"].Success ? Int(m, "y") : null;
            found.Add(new Mention(MentionKind.Date, DateValue(year, month, day), m.Value.Trim()));
        });
        text = Take(text, EnglishNumber(), m =>
        {
            if (m.Groups["ha"].Success) return; // the hectares beside mu are a conversion, not a figure of the source
            var value = decimal.Parse(m.Groups["n"].Value.Replace(",", ""), CultureInfo.InvariantCulture);
            value *= m.Groups["scale"].Value.ToLowerInvariant() switch
            {
                "trillion" => 1_000_000_000_000m, "billion" => 1_000_000_000m, "million" => 1_000_000m, "thousand" => 1_000m, _ => 1m,
            };
            found.Add(new Mention(MentionKind.Number, QuantityFormatter.Plain(value), m.Value.Trim()));
        });
        // Numbers in words answer the original's Chinese numerals (三个, 十大战略, 二十大), but English uses
        // them for much else ("one of", "second phase"), so they are never reported as missing.
        foreach (Match m in EnglishWord().Matches(text))
        {
            var value = m.Groups["t"].Success
                ? EnglishWords[m.Groups["t"].Value] + EnglishWords[m.Groups["u"].Value]
                : EnglishWords[m.Groups["w"].Value];
            found.Add(new Mention(MentionKind.Number, value.ToString(CultureInfo.InvariantCulture), m.Value, Soft: true));
        }

        return found.ToImmutable();
    }

    /// <summary>A date's value: 2022-10-17, 2022-10, --10-17 (no year) or --10 (a month alone).</summary>
    private static string DateValue(int? year, int month, int? day) =>
        (year is { } y ? y.ToString("0000", CultureInfo.InvariantCulture) : "-") + "-" + month.ToString("00", CultureInfo.InvariantCulture)
        + (day is { } d ? "-" + d.ToString("00", CultureInfo.InvariantCulture) : "");

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    /// <summary>Records each match and blanks it out, so a date's digits are not counted again as numbers.</summary>
    private static string Take(string text, Regex pattern, Action<Match> found) =>
        pattern.Replace(text, m =>
        {
            found(m);
            return new string(' ', m.Length);
        });

    [GeneratedRegex(@"[“""‘「](?<code>\d+(?:\+\d+)*)[”""’」]|(?<code>\d{3,})(?=\s*工程)")]
    private static partial Regex ChineseCode();

    [GeneratedRegex(@"(?:(?<y>\d{4})\s*年\s*)?(?:(?<from>\d{1,2})\s*[-—–~至到]\s*)?(?<m>\d{1,2})\s*月(?:\s*(?<d>\d{1,2})\s*[日号])?")]
    private static partial Regex ChineseDate();

    [GeneratedRegex(@"增长\s*(?<n>\d+(?:\.\d+)?)\s*倍")]
    private static partial Regex ChineseGrowthMultiple();

    [GeneratedRegex(@"(?<![\d.一二两三四五六七八九十百千万])亿元以上")]
    private static partial Regex BareHundredMillion();

    [GeneratedRegex(@"(?<![\d.A-Za-z])(?<n>\d+(?:\.\d+)?)(?<u>\s*(?:余|多)?\s*(?:万亿|亿|万|千))?(?:元|\s*[%％])?")]
    private static partial Regex ChineseNumber();

    /// <summary>Chinese numerals that count something: 三个, 十个聚力, 两大主导, 六大园区 (not 第一, not 一流).</summary>
    [GeneratedRegex(@"(?<![第一二两三四五六七八九十百千万亿零〇])(?<n>[一二两三四五六七八九十][一二三四五六七八九十百千零]*)(?:个|项|大|家|条|座|名|年|天|种|所|位|户|类|件|场|轮|方面|栋|台|支|只|处)")]
    private static partial Regex ChineseCount();

    [GeneratedRegex(@"[“""‘](?<code>\d+(?:\+\d+)*)[”""’]|(?<code>\d{3,})(?=\s+[Pp]roject)")]
    private static partial Regex EnglishCode();

    [GeneratedRegex(@"(?:\b(?<d>\d{1,2})\s+)?\b(?<m>January|February|March|April|May|June|July|August|September|October|November|December)\b(?:\s+(?<d2>\d{1,2})\b(?!\s*,?\s*\d{3}))?(?:,?\s+(?<y>\d{4})\b)?")]
    private static partial Regex EnglishDate();

    [GeneratedRegex(@"(?<![\d.,A-Za-z])(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<ha>\s*ha\))?(?:\s+(?<scale>trillion|billion|million|thousand)\b)?(?:\s*%)?", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishNumber();

    [GeneratedRegex(@"\b(?:(?<t>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?<u>one|two|three|four|five|six|seven|eight|nine)|(?<w>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth))\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWord();
}

/// <summary>Reads Chinese numerals up to the thousands: 三 3, 十 10, 十二 12, 二十 20, 一百零五 105, 两 2.</summary>
public static class ChineseNumerals
{
    public static decimal? Parse(string text)
    {
        decimal total = 0, digit = 0;
        var any = false;
        foreach (var c in text)
        {
            var value = "零一二三四五六七八九".IndexOf(c);
            if (c == '两') value = 2;
            if (value >= 0)
            {
                digit = value;
                any = true;
                continue;
            }

            var unit = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (unit == 0) return null;
            total += (digit == 0 && unit == 10 ? 1 : digit) * unit;
            digit = 0;
            any = true;
        }

        return any ? total + digit : null;
    }
}
