using System.Collections.Immutable;
using ZoneReport.Diagnostics;
using ZoneReport.Model;
using ZoneReport.Yaml;

namespace ZoneReport.Content;

/// <summary>Reads content/glossary.yml: <c>terms:</c>, a list of <c>{ zh, en, also?, avoid?, note? }</c>.</summary>
public static class GlossaryLoader
{
    public static Glossary Load(string siteFolder)
    {
        var shown = $"{ContentLoader.ContentFolder}/{Glossary.FileName}";
        var path = Path.Combine(siteFolder, ContentLoader.ContentFolder, Glossary.FileName);
        if (!File.Exists(path)) return Glossary.Empty;
        var file = YamlSource.ParseMapping(Input.SourceText.Read(path, shown), shown);
        var errors = new ErrorCollector();
        var terms = new List<GlossaryTerm>();
        foreach (var entry in file.MapList("terms"))
        {
            if (errors.Try(() => ReadTerm(entry)) is { } term) terms.Add(term);
        }

        errors.Try(() => { file.RejectUnknownKeys(); return ""; });
        foreach (var group in terms.GroupBy(t => t.Zh, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (var twice in group.Skip(1))
            {
                errors.Add(twice.Origin, $"the term '{twice.Zh}' is in the glossary twice (first at {group.First().Origin})",
                    "keep one entry per Chinese term; put other accepted renderings under 'also:'");
            }
        }

        errors.ThrowIfAny();
        return new Glossary(terms.ToImmutableArray());
    }

    private static GlossaryTerm ReadTerm(YamlMap entry)
    {
        var zh = entry.RequiredString("zh", "两个确保").Trim();
        var en = entry.RequiredString("en", "“Two Guarantees”").Trim();
        var also = Strings(entry, "also");
        var avoid = Strings(entry, "avoid");
        var note = entry.OptionalString("note");
        entry.RejectUnknownKeys();
        foreach (var wrong in avoid)
        {
            if (also.Prepend(en).Any(ok => ok.Contains(wrong, StringComparison.OrdinalIgnoreCase)))
            {
                throw entry.Error(entry.Find("avoid")!, $"'{wrong}' is to be avoided but is part of an accepted rendering of '{zh}'",
                    "an avoided rendering must not be part of 'en' or 'also', or every correct use would be flagged");
            }
        }

        return new GlossaryTerm(zh, en, also, avoid, note, entry.Location);
    }

    private static ImmutableArray<string> Strings(YamlMap entry, string key) =>
        entry.NodeList(key).Select(node => node is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { Length: > 0 } value }
                ? value.Trim()
                : throw entry.Error(node, $"each entry of '{key}' must be a piece of text", $"write '{key}: [first, second]'"))
            .ToImmutableArray();
}
