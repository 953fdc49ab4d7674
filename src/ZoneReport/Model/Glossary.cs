using System.Collections.Immutable;
using ZoneReport.Content;
using ZoneReport.Diagnostics;

namespace ZoneReport.Model;

/// <summary>
/// One Chinese term and its one English rendering, e.g. 两个确保 → “Two Guarantees”.
/// </summary>
/// <param name="Also">Other English forms accepted as the same rendering (a plural, a short form already introduced).</param>
/// <param name="Avoid">Renderings that must not appear in English text (earlier or wrong translations).</param>
/// <param name="Note">Why this rendering, for translators.</param>
public sealed record GlossaryTerm(string Zh, string En, ImmutableArray<string> Also, ImmutableArray<string> Avoid, string? Note, SourceLocation Origin)
{
    /// <summary>The rendering and every accepted alternative.</summary>
    public IEnumerable<string> Accepted => Also.Prepend(En);
}

/// <summary>
/// The site's glossary (content/glossary.yml): how each named term is rendered in English. The
/// build warns where an English article departs from it; the translator's desk reads it too.
/// </summary>
public sealed record Glossary(ImmutableArray<GlossaryTerm> Terms)
{
    public const string FileName = "glossary.yml";

    public static readonly Glossary Empty = new(ImmutableArray<GlossaryTerm>.Empty);

    /// <summary>Reads content/glossary.yml of a site folder; a site without one has an empty glossary.</summary>
    /// <exception cref="BuildException">The file is malformed (every problem, with file:line:column).</exception>
    public static Glossary Load(string siteFolder) => GlossaryLoader.Load(siteFolder);

    public GlossaryTerm? Find(string zh) => Terms.FirstOrDefault(t => t.Zh == zh);
}
