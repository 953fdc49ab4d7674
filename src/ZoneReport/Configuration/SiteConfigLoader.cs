using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ZoneReport.Diagnostics;
using ZoneReport.Model;
using ZoneReport.Yaml;

namespace ZoneReport.Configuration;

/// <summary>Reads and checks site.yml.</summary>
public static partial class SiteConfigLoader
{
    public const string FileName = "site.yml";

    public static SiteConfig Load(string siteFolder)
    {
        var path = Path.Combine(siteFolder, FileName);
        if (!File.Exists(path))
        {
            throw new BuildException(SourceLocation.FileOnly(FileName), $"there is no {FileName} in '{siteFolder}'",
                "run the command from the site folder, or pass --source with the folder that holds site.yml");
        }

        return Parse(File.ReadAllText(path), FileName);
    }

    public static SiteConfig Parse(string text, string file)
    {
        var map = YamlSource.ParseMapping(text, file);
        var languages = ReadLanguages(map);
        var texts = new LocalizedReader(languages);
        var title = texts.Required(map, "title");
        var description = texts.Required(map, "description");
        var baseUrl = ReadBaseUrl(map);
        var output = map.OptionalString("output") ?? "_site";
        var policy = map.OptionalString("missing_translation") switch
        {
            null or "error" => MissingTranslationPolicy.Error,
            "warn" => MissingTranslationPolicy.Warn,
            var other => throw map.Error(map.Find("missing_translation")!,
                $"missing_translation must be 'error' or 'warn', not '{other}'", "write 'missing_translation: error' (the default) or 'warn'"),
        };
        map.RejectUnknownKeys();
        return new SiteConfig(title, description, baseUrl, languages, output, policy);
    }

    private static Uri ReadBaseUrl(YamlMap map)
    {
        var text = map.RequiredString("base_url", "https://reports.example.org/");
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw map.Error(map.Find("base_url")!, $"base_url must be a full web address, not '{text}'",
                "write it like 'base_url: https://reports.example.org/'");
        }

        return text.EndsWith('/') ? uri : new Uri(text + "/");
    }

    private static ImmutableArray<Language> ReadLanguages(YamlMap map)
    {
        var entries = map.MapList("languages");
        if (entries.Count == 0)
        {
            throw map.Error("'languages' is missing", "list the site's languages, Chinese first: see the README");
        }

        var languages = new List<Language>();
        foreach (var entry in entries)
        {
            var id = entry.RequiredString("id", "zh");
            if (!IdPattern().IsMatch(id))
            {
                throw entry.Error(entry.Find("id")!, $"language id '{id}' must be lower-case letters", "use a short id such as 'zh' or 'en'");
            }

            var code = entry.RequiredString("code", "zh-Hans");
            var prefix = entry.OptionalString("prefix") ?? id;
            if (!IdPattern().IsMatch(prefix))
            {
                throw entry.Error(entry.Find("prefix")!, $"prefix '{prefix}' must be lower-case letters", "use a folder name such as 'zh'");
            }

            var name = entry.RequiredString("name", "中文");
            entry.RejectUnknownKeys();
            if (languages.Any(l => l.Id == id || l.Prefix == prefix))
            {
                throw entry.Error($"language '{id}' is listed twice", "give each language its own id and prefix");
            }

            languages.Add(new Language(id, code, prefix, name));
        }

        return languages.ToImmutableArray();
    }

    [GeneratedRegex("^[a-z]{2,8}$")]
    private static partial Regex IdPattern();
}
