using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;
using ZoneReport.Yaml;

namespace ZoneReport.Translation;

/// <summary>A Chinese term and its one English rendering; renderings to avoid are known wrong ones.</summary>
public sealed record GlossaryTerm(string Zh, string En, ImmutableArray<string> Avoid);

/// <summary>
/// The terms of content/glossary.yml (<c>terms: [{ zh, en, avoid: [...], note }]</c>) that the
/// translation findings use.
/// </summary>
public sealed record TranslationGlossary(ImmutableArray<GlossaryTerm> Terms)
{
    public const string File = "content/glossary.yml";

    public static readonly TranslationGlossary Empty = new(ImmutableArray<GlossaryTerm>.Empty);

    public static TranslationGlossary Load(string siteFolder)
    {
        var path = Path.Combine(siteFolder, File);
        if (!System.IO.File.Exists(path)) return Empty;
        var map = YamlSource.ParseMapping(System.IO.File.ReadAllText(path), File);
        var terms = map.MapList("terms").Select(entry => new GlossaryTerm(
            entry.RequiredString("zh", "两个确保"),
            entry.RequiredString("en", "Two Guarantees"),
            entry.NodeList("avoid").OfType<YamlScalarNode>().Select(n => n.Value ?? "").Where(v => v.Length > 0).ToImmutableArray()));
        // Longer terms first, so 管委会主任 is matched before 管委会.
        return new TranslationGlossary(terms.OrderByDescending(t => t.Zh.Length).ThenBy(t => t.Zh, StringComparer.Ordinal).ToImmutableArray());
    }
}
