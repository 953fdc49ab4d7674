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

    /// <summary>A moment in Beijing time, as each language writes it: 2024年6月2日 08:00, 2 June 2024, 08:00 (UTC+8).</summary>
    public static string Moment(DateTimeOffset moment, Language language)
    {
        var local = moment.ToOffset(ZoneReport.Content.PublishingRules.NewsroomOffset);
        var time = local.ToString("HH:mm", CultureInfo.InvariantCulture);
        return QuantityFormatter.IsChinese(language)
            ? $"{local.Year}年{local.Month}月{local.Day}日 {time}（北京时间）"
            : $"{local.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}, {time} (UTC+8)";
    }

    public static string IsoMoment(DateTimeOffset moment) =>
        moment.ToOffset(ZoneReport.Content.PublishingRules.NewsroomOffset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
