using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ZoneReport.Diagnostics;
using ZoneReport.Input;
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

        return Parse(SourceText.Read(path, FileName), FileName);
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
        var stale = map.OptionalString("stale_translation") switch
        {
            null or "warn" => StaleTranslationPolicy.Warn,
            "error" => StaleTranslationPolicy.Error,
            "note" => StaleTranslationPolicy.Note,
            var other => throw map.Error(map.Find("stale_translation")!,
                $"stale_translation must be 'warn', 'error' or 'note', not '{other}'",
                "write 'stale_translation: warn' (the default), 'error' (stop the build) or 'note' (a note on the translated page)"),
        };
        var images = ReadImages(map);
        var limits = LimitsReader.Read(map);
        map.RejectUnknownKeys();
        return new SiteConfig(title, description, baseUrl, languages, output, policy, images, stale, limits);
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

    /// <summary>The optional 'images:' settings: widths to resize photos to, and their quality.</summary>
    private static ImageSettings ReadImages(YamlMap map)
    {
        if (map.OptionalMap("images") is not { } images) return ImageSettings.Default;
        var widths = ImageSettings.Default.Widths;
        if (images.Has("widths"))
        {
            var builder = ImmutableArray.CreateBuilder<int>();
            foreach (var node in images.NodeList("widths"))
            {
                var text = (node as YamlDotNet.RepresentationModel.YamlScalarNode)?.Value;
                if (!int.TryParse(text, out var width) || width is < 16 or > 8192)
                {
                    throw images.Error(node, $"image width '{text}' must be a whole number of pixels from 16 to 8192",
                        "write the widths like 'widths: [360, 720, 1080, 1440]'");
                }

                builder.Add(width);
            }

            if (builder.Count == 0)
            {
                throw images.Error(images.Find("widths")!, "'widths' lists no width", "write the widths like 'widths: [360, 720, 1080, 1440]'");
            }

            widths = builder.Distinct().Order().ToImmutableArray();
        }

        var quality = images.OptionalInt("quality") ?? ImageSettings.Default.Quality;
        if (quality is < 1 or > 100)
        {
            throw images.Error(images.Find("quality")!, $"image quality must be from 1 to 100, not {quality}",
                "75 to 85 keeps photos sharp and small; the default is " + ImageSettings.Default.Quality);
        }

        var maxMegapixels = images.OptionalInt("max_megapixels") ?? ImageSettings.DefaultMaxMegapixels;
        if (maxMegapixels is < 1 or > 1000)
        {
            throw images.Error(images.Find("max_megapixels")!, $"max_megapixels must be from 1 to 1000, not {maxMegapixels}",
                $"the default is {ImageSettings.DefaultMaxMegapixels}: a camera photo has 12 to 50 megapixels");
        }

        images.RejectUnknownKeys();
        return new ImageSettings(widths, quality, maxMegapixels);
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

            if (ReservedPrefixes.Contains(prefix))
            {
                throw entry.Error(entry.Find("prefix") ?? entry.Find("id")!, $"the language folder '{prefix}' is a folder ZoneReport writes itself ({prefix}/)",
                    $"give the language another prefix, such as 'prefix: {id}-site'");
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

    /// <summary>Folders at the top of the output that are not a language's.</summary>
    private static readonly HashSet<string> ReservedPrefixes = new(StringComparer.Ordinal) { "assets", "media" };

    [GeneratedRegex("^[a-z]{2,8}$")]
    private static partial Regex IdPattern();
}
