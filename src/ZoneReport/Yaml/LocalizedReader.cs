using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;
using ZoneReport.Model;

namespace ZoneReport.Yaml;

/// <summary>Reads texts given in every language of the site: <c>{ zh: ..., en: ... }</c>.</summary>
public sealed class LocalizedReader(IReadOnlyList<Language> languages)
{
    public IReadOnlyList<Language> Languages => languages;

    public LocalizedText Required(YamlMap map, string key) =>
        Optional(map, key) ?? throw map.Missing(key,
            $"add '{key}: {{ {string.Join(", ", languages.Select(l => l.Id + ": ..."))} }}'");

    public LocalizedText? Optional(YamlMap map, string key)
    {
        var node = map.Find(key);
        if (node is null) return null;
        return Read(map, node, key);
    }

    public LocalizedText Read(YamlMap owner, YamlNode node, string what)
    {
        if (node is not YamlMappingNode)
        {
            throw owner.Error(node, $"'{what}' must be given in every language",
                $"write it as '{what}: {{ {string.Join(", ", languages.Select(l => l.Id + ": ..."))} }}'");
        }

        var map = owner.AsMap(node, what);
        var values = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var language in languages)
        {
            var text = map.OptionalString(language.Id);
            if (string.IsNullOrWhiteSpace(text))
            {
                throw owner.Error(node, $"'{what}' has no {language.Name} ({language.Id}) text",
                    $"add '{language.Id}: ...' to '{what}'");
            }

            values[language.Id] = text.Trim();
        }

        map.RejectUnknownKeys();
        return new LocalizedText(values.ToImmutable());
    }
}
