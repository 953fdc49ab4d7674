using System.Collections.Immutable;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using ZoneReport.Configuration;
using ZoneReport.Diagnostics;
using ZoneReport.Engine;
using ZoneReport.Markdown;
using ZoneReport.Model;
using ZoneReport.Rendering;

namespace ZoneReport.Checks;

/// <summary>
/// The punctuation check of articles, run over the texts a reader sees on every page besides the
/// articles: the interface words in templates/i18n/&lt;language&gt;.yml and the localized texts of
/// site.yml (a value under a key such as <c>zh:</c> is in that language). One warning per text.
/// </summary>
public static class InterfacePunctuation
{
    /// <param name="cache">Keeps the warnings with the hashes of the files read (site.yml, the word files).</param>
    public static ImmutableArray<BuildError> Check(string siteFolder, SiteConfig config, SourceHashes sources, CheckCache cache)
    {
        string[] files = [SiteConfigLoader.FileName, .. config.Languages.Select(l => $"{TemplateSet.Folder}/i18n/{l.Id}.yml")];
        string[] inputs = [.. files.SelectMany(f => new[] { f, sources.Of(f) })];
        return cache.Warnings("interface-punctuation", "site", inputs, () => Check(siteFolder, config));
    }

    private static ImmutableArray<BuildError> Check(string siteFolder, SiteConfig config)
    {
        var warnings = ImmutableArray.CreateBuilder<BuildError>();
        var byId = config.Languages.ToDictionary(l => l.Id, StringComparer.Ordinal);
        CheckFile(siteFolder, SiteConfigLoader.FileName, fixedLanguage: null, byId, warnings);
        foreach (var language in config.Languages)
        {
            CheckFile(siteFolder, $"{TemplateSet.Folder}/i18n/{language.Id}.yml", language, byId, warnings);
        }

        return warnings.ToImmutable();
    }

    private static void CheckFile(string siteFolder, string file, Language? fixedLanguage,
        IReadOnlyDictionary<string, Language> byId, ImmutableArray<BuildError>.Builder warnings)
    {
        var path = Path.Combine(siteFolder, file);
        if (!File.Exists(path)) return; // the loaders report missing files
        var stream = new YamlStream();
        using (var reader = new StringReader(File.ReadAllText(path))) stream.Load(reader);
        foreach (var document in stream.Documents) Walk(document.RootNode, fixedLanguage, file, byId, warnings);
    }

    private static void Walk(YamlNode node, Language? language, string file,
        IReadOnlyDictionary<string, Language> byId, ImmutableArray<BuildError>.Builder warnings)
    {
        switch (node)
        {
            case YamlMappingNode map:
                foreach (var (key, value) in map.Children)
                {
                    var keyed = key is YamlScalarNode { Value: { } name } && byId.TryGetValue(name, out var named) ? named : language;
                    Walk(value, keyed, file, byId, warnings);
                }

                break;
            case YamlSequenceNode list:
                foreach (var item in list.Children) Walk(item, language, file, byId, warnings);
                break;
            case YamlScalarNode { Value: { } text } scalar when language is not null:
                // A quoted scalar starts one column before its text; a plain one at its text.
                var quote = scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0;
                var warning = Punctuation.CheckText(text, language, offset =>
                    new SourceLocation(file, (int)scalar.Start.Line, (int)scalar.Start.Column + quote + offset));
                if (warning is not null) warnings.Add(warning);
                break;
        }
    }
}
