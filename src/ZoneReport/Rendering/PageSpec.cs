using System.Collections.Immutable;
using Scriban.Runtime;
using ZoneReport.Model;

namespace ZoneReport.Rendering;

/// <summary>One page to render: where it goes, with which template, in which language, and its counterparts.</summary>
/// <param name="Alternates">The same page in each language (language id to output path).</param>
/// <param name="SwitchIsFallback">True when the other language has no such page and the switch leads to the edition instead.</param>
/// <param name="Body">The article whose Markdown is rendered into this page, if any.</param>
/// <param name="Zone">The zone the page belongs to (zone, edition, plan and article pages).</param>
/// <param name="Edition">The edition this page belongs to (edition, plan and article pages): it is made from that edition's folder.</param>
/// <param name="Updated">The newest content date of the page (sitemap lastmod); null for 404 pages.</param>
/// <param name="Indexable">False for pages readers may not see yet (drafts, embargoed articles built for review):
/// they carry noindex and stay out of the sitemap.</param>
public sealed record PageSpec(
    string Path,
    string Kind,
    Language Language,
    string Title,
    string? Description,
    ScriptObject Data,
    ImmutableSortedDictionary<string, string> Alternates,
    bool SwitchIsFallback = false,
    (Article Article, ArticleText Text)? Body = null,
    Zone? Zone = null,
    Edition? Edition = null,
    bool Indexable = true,
    DateOnly? Updated = null)
{
    public string Template => $"{Kind}.html";
}
