using System.Globalization;
using ZoneReport.Model;

namespace ZoneReport.Data;

/// <summary>
/// Writes figures as each language's readers expect: 226亿元 in Chinese, CNY 22.6 billion in English.
/// All arithmetic is decimal, so 1.22亿元 is exactly CNY 122 million.
/// </summary>
public static class QuantityFormatter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Value(decimal value, Unit unit, Language language) => Value(value, unit, FigureQualifier.None, language);

    /// <summary>
    /// A value with its qualifier where each language puts it: 100余家 / more than 100, 8.5%以上 /
    /// at least 8.5%, 3个以内 / within 3, 突破1000亿元 / over CNY 100 billion, 约1.5万人 / about 15,000 people,
    /// 超100亿元 / over CNY 10 billion, 不少于500万元 / at least CNY 5 million.
    /// </summary>
    public static string Value(decimal value, Unit unit, FigureQualifier qualifier, Language language)
    {
        var info = Units.Known[unit.Symbol];
        if (!IsChinese(language))
        {
            var text = English(value, info);
            return qualifier switch
            {
                FigureQualifier.MoreThan => "more than " + text,
                FigureQualifier.AtLeast => "at least " + text,
                FigureQualifier.Within => "within " + text,
                FigureQualifier.Over => "over " + text,
                FigureQualifier.About => "about " + text,
                FigureQualifier.Exceeds => "over " + text,
                FigureQualifier.NotLessThan => "at least " + text,
                _ => text,
            };
        }

        var number = Plain(value);
        var symbol = info.Symbol;
        return qualifier switch
        {
            // 余 follows the number, as the sources write it: 100余家, 80余万元.
            FigureQualifier.MoreThan => $"{number}余{symbol}",
            FigureQualifier.AtLeast => $"{number}{symbol}以上",
            FigureQualifier.Within => $"{number}{symbol}以内",
            FigureQualifier.Over => $"突破{number}{symbol}",
            FigureQualifier.About => $"约{number}{symbol}",
            FigureQualifier.Exceeds => $"超{number}{symbol}",
            FigureQualifier.NotLessThan => $"不少于{number}{symbol}",
            _ => number + symbol,
        };
    }

    /// <summary>The day a count was made: 截至2022年10月17日, as of 17 October 2022.</summary>
    public static string AsOf(DateOnly date, Language language) =>
        IsChinese(language)
            ? $"截至{date.Year}年{date.Month}月{date.Day}日"
            : "as of " + date.ToString("d MMMM yyyy", Invariant);

    public static string Change(Change change, Language language)
    {
        var magnitude = Plain(Math.Abs(change.Value));
        var up = change.Value >= 0;
        if (IsChinese(language))
        {
            return change.IsMultiple
                ? $"{(up ? "增长" : "下降")}{magnitude}倍"
                : $"同比{(up ? "增长" : "下降")}{magnitude}%";
        }

        // 增长12.7倍 is an increase by 12.7 times the base: 13.7 times the level of the year before.
        // "Up 12.7 times" reads both ways in English, so the English says the resulting multiple.
        if (change.IsMultiple && up) return $"{Plain(change.Value + 1)} times the previous year’s level";
        return change.IsMultiple
            ? $"down {magnitude} times"
            : $"{(up ? "up" : "down")} {magnitude}% year on year";
    }

    public static string Period(Period period, Language language)
    {
        if (IsChinese(language))
        {
            if (period.Half is { } h) return $"{period.Year}年{(h == 1 ? "上" : "下")}半年";
            if (period.Quarter is { } q) return $"{period.Year}年第{"一二三四"[q - 1]}季度";
            if (period.FromMonth is { } f) return $"{period.Year}年{f}-{period.ToMonth}月";
            return $"{period.Year}年";
        }

        if (period.Half is { } half) return $"H{half} {period.Year}";
        if (period.Quarter is { } quarter) return $"Q{quarter} {period.Year}";
        if (period.FromMonth is { } from)
        {
            return $"{Month(from)}–{Month(period.ToMonth!.Value)} {period.Year}";
        }

        return period.Year.ToString(Invariant);
    }

    /// <summary>A number with no trailing zeros and no separators: 349.8, 226, 0.5.</summary>
    public static string Plain(decimal value) => value.ToString("0.############################", Invariant);

    /// <summary>A number with thousands separators: 2,100.</summary>
    public static string Grouped(decimal value) => value.ToString("#,0.############################", Invariant);

    private static string English(decimal value, UnitInfo unit)
    {
        var amount = value * unit.Multiplier;
        return unit.Kind switch
        {
            UnitKind.Money => "CNY " + Scaled(amount),
            UnitKind.Percent => Plain(value) + "%",
            UnitKind.Mu => $"{Grouped(value)} mu ({Grouped(SignificantFigures(value / 15m, 3))} ha)",
            UnitKind.Area => Grouped(amount) + " m²",
            UnitKind.Count => Grouped(amount),
            UnitKind.People => Grouped(amount) + (amount == 1 ? " person" : " people"),
            UnitKind.Tonnes => Grouped(amount) + (amount == 1 ? " tonne" : " tonnes"),
            UnitKind.Kilometres => Grouped(amount) + " km",
            UnitKind.WorkingDays => Grouped(amount) + (amount == 1 ? " working day" : " working days"),
            _ => throw new ArgumentOutOfRangeException(nameof(unit)),
        };
    }

    /// <summary>Large sums in words, as English newspapers write them: 22.6 billion, 7.8 million.</summary>
    private static string Scaled(decimal amount)
    {
        var size = Math.Abs(amount);
        if (size >= 1_000_000_000_000m) return Grouped(amount / 1_000_000_000_000m) + " trillion";
        if (size >= 1_000_000_000m) return Plain(amount / 1_000_000_000m) + " billion";
        if (size >= 1_000_000m) return Plain(amount / 1_000_000m) + " million";
        return Grouped(amount);
    }

    /// <summary>Rounds to a number of significant figures (half away from zero), e.g. 42.666… to 42.7.</summary>
    public static decimal SignificantFigures(decimal value, int figures)
    {
        if (value == 0) return 0;
        var magnitude = 0;
        for (var size = Math.Abs(value); size >= 10; size /= 10) magnitude++;
        for (var size = Math.Abs(value); size < 1; size *= 10) magnitude--;
        var decimals = figures - 1 - magnitude;
        if (decimals >= 0) return Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        var scale = 1m;
        for (var i = 0; i < -decimals; i++) scale *= 10;
        return Math.Round(value / scale, 0, MidpointRounding.AwayFromZero) * scale;
    }

    public static bool IsChinese(Language language) => language.Code.StartsWith("zh", StringComparison.Ordinal);

    private static string Month(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
}
