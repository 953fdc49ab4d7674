namespace ZoneReport.Rendering;

/// <summary>
/// HTML that is trusted to be written as it is: rendered Markdown, or markup made by ZoneReport itself.
/// Every other value a template writes is escaped.
/// </summary>
public sealed record HtmlString(string Html)
{
    public override string ToString() => Html;
}
