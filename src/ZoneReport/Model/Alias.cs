using ZoneReport.Diagnostics;

namespace ZoneReport.Model;

/// <summary>
/// An old address of a page (front matter, edition.yml or zone.yml <c>aliases:</c>): the build writes
/// a small redirect page there, so a published address never stops working.
/// </summary>
/// <param name="Address">The address from the site's root, as urls.txt lists it: "/zh/zone/2022/old-name/" or "/old/page.html".</param>
/// <param name="OutputPath">The file written for it: "zh/zone/2022/old-name/index.html", "old/page.html".</param>
/// <param name="Location">Where the alias is written (file:line:column), for errors about it.</param>
public sealed record Alias(string Address, string OutputPath, SourceLocation Location);
