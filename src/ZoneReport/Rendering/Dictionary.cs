using System.Collections.Frozen;
using ZoneReport.Diagnostics;
using ZoneReport.Input;
using ZoneReport.Model;
using ZoneReport.Yaml;

namespace ZoneReport.Rendering;

/// <summary>
/// The words of the interface ("Read in English", "Key figures"...) per language, from
/// templates/i18n/&lt;language&gt;.yml. Every language must define the same keys.
/// </summary>
public sealed class Dictionary
{
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _byLanguage;

    private Dictionary(FrozenDictionary<string, FrozenDictionary<string, string>> byLanguage) => _byLanguage = byLanguage;

    public static Dictionary Load(string siteFolder, IReadOnlyList<Language> languages)
    {
        var byLanguage = new Dictionary<string, FrozenDictionary<string, string>>();
        var keys = new Dictionary<string, (string Key, SourceLocation Where)>();
        foreach (var language in languages)
        {
            var shown = $"{TemplateSet.Folder}/i18n/{language.Id}.yml";
            var path = Path.Combine(siteFolder, TemplateSet.Folder, "i18n", language.Id + ".yml");
            if (!File.Exists(path))
            {
                throw new BuildException(SourceLocation.FileOnly(shown), $"the interface words for {language.Name} are missing",
                    $"create {shown} with the same keys as the other languages' files");
            }

            var map = YamlSource.ParseMapping(SourceText.Read(path, shown), shown);
            byLanguage[language.Id] = ReadEntries(map).ToFrozenDictionary(StringComparer.Ordinal);
        }

        var first = languages[0];
        foreach (var language in languages.Skip(1))
        {
            var missing = byLanguage[first.Id].Keys.Except(byLanguage[language.Id].Keys)
                .Concat(byLanguage[language.Id].Keys.Except(byLanguage[first.Id].Keys)).Order(StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
            {
                throw new BuildException(SourceLocation.FileOnly($"{TemplateSet.Folder}/i18n/{language.Id}.yml"),
                    $"the interface words of {first.Id} and {language.Id} differ: '{string.Join("', '", missing)}'",
                    "give every key in every language file");
            }
        }

        return new Dictionary(byLanguage.ToFrozenDictionary());
    }

    public string? Find(Language language, string key) => _byLanguage[language.Id].GetValueOrDefault(key);

    private static IEnumerable<KeyValuePair<string, string>> ReadEntries(YamlMap map) =>
        map.Keys.Select(key => new KeyValuePair<string, string>(key, map.RequiredString(key, "...")));
}
