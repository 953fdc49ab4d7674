using Scriban.Runtime;
using ZoneReport.Model;

namespace ZoneReport.Rendering;

/// <summary>Decides which charts an edition page shows: today, the growth rates of its key figures.</summary>
public static class EditionCharts
{
    public static Func<Edition, Func<ScriptObject, HtmlString>?> For(SiteContent content, Language language, Dictionary dictionary) =>
        edition =>
        {
            var chart = GrowthChart.Draw(content.DataOf(edition).Figures, language, dictionary.Find(language, "chart_growth") ?? "");
            return chart is null ? null : _ => chart;
        };
}
