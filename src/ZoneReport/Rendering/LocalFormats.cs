using System.Globalization;
using ZoneReport.Data;
using ZoneReport.Model;

namespace ZoneReport.Rendering;

/// <summary>Dates as each language writes them: 2022年10月17日, 17 October 2022.</summary>
public static class LocalFormats
{
    public static string Date(DateOnly date, Language language) =>
        QuantityFormatter.IsChinese(language)
            ? $"{date.Year}年{date.Month}月{date.Day}日"
            : date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
