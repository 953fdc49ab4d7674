namespace ZoneReport.Cli;

/// <summary>
/// Reloads the editor's browser after each successful rebuild of the preview. Only pages served by
/// the preview get the small script; the built site itself stays free of script.
/// </summary>
public static class LiveReload
{
    /// <summary>The address the script asks for the number of the last good build.</summary>
    public const string VersionPath = "__zonereport/version";

    private const string Script =
        "<script>(()=>{let v=null;setInterval(async()=>{try{const r=await fetch('/" + VersionPath + "',{cache:'no-store'});" +
        "const n=await r.text();if(v!==null&&n!==v)location.reload();v=n;}catch(e){}},1000);})();</script>";

    /// <summary>The page with the reload script before its closing body tag (or at its end).</summary>
    public static string Inject(string html)
    {
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + Script : html[..end] + Script + html[end..];
    }
}
