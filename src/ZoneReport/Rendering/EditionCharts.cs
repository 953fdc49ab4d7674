using Scriban.Runtime;
using ZoneReport.Model;

namespace ZoneReport.Rendering;

/// <summary>Charts of an edition's key figures (filled in by the structured-data work).</summary>
public static class EditionCharts
{
    public static Func<Edition, Func<ScriptObject, HtmlString>?> For(SiteContent content, Language language) => _ => null;
}
