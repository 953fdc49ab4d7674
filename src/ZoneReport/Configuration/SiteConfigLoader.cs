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

    /// <summary>site.yml as read, with every error in it.</summary>
    /// <param name="Config">
    /// The settings, with a harmless stand-in for each bad key (so the content can still be checked in
    /// the same run); null when the languages themselves could not be read, since every other file
    /// depends on them.
    /// </param>
    public sealed record Reading(SiteConfig? Config, ImmutableArray<BuildError> Errors);

    /// <exception cref="BuildException">Every error of site.yml.</exception>
    public static SiteConfig Load(string siteFolder)
    {
        var reading = Read(siteFolder);
        if (reading.Errors.Length > 0) throw new BuildException(reading.Errors);
        return reading.Config!;
    }

    public static Reading Read(string siteFolder)
    {
        var path = Path.Combine(siteFolder, FileName);
        if (!File.Exists(path))
        {
            throw new BuildException(SourceLocation.FileOnly(FileName), $"there is no {FileName} in '{siteFolder}'",
                "run the command from the site folder, or pass --source with the folder that holds site.yml");
        }

        return Read(SourceText.Read(path, FileName), FileName);
    }

    /// <exception cref="BuildException">Every error of the text.</exception>
    public static SiteConfig Parse(string text, string file)
    {
        var reading = Read(text, file);
        if (reading.Errors.Length > 0) throw new BuildException(reading.Errors);
        return reading.Config!;
    }

    /// <summary>Reads every key on its own, so one run reports every bad key of site.yml.</summary>
    public static Reading Read(string text, string file)
    {
        var map = YamlSource.ParseMapping(text, file);
        var problems = new ErrorCollector();
        var languages = problems.Try<ImmutableArray<Language>?>(() => ReadLanguages(map), null);
        LocalizedText Localized(string key)
        {
            if (languages is not { } known)
            {
                map.Find(key); // not read without languages, and not unknown either
                return LocalizedText.Same("", []);
            }

            return problems.Try(() => new LocalizedReader(known).Required(map, key), null) ?? LocalizedText.Same("", known);
        }

        var title = Localized("title");
        var description = Localized("description");
        var baseUrl = problems.Try(() => ReadBaseUrl(map), null) ?? new Uri("https://example.invalid/");
        var output = problems.Try(() => map.OptionalString("output"), null) ?? "_site";
        var outputAt = map.Has("output") ? map.LocationOfValue("output") : null;
        // A bad policy stands in as the lenient one: its errors would only follow from the misspelling.
        var policy = problems.Try(() => map.OptionalString("missing_translation") switch
        {
            null or "error" => MissingTranslationPolicy.Error,
            "warn" => MissingTranslationPolicy.Warn,
            var other => throw map.Error(map.Find("missing_translation")!,
                $"missing_translation must be 'error' or 'warn', not '{other}'", "write 'missing_translation: error' (the default) or 'warn'"),
        }, MissingTranslationPolicy.Warn);
        var stale = problems.Try(() => map.OptionalString("stale_translation") switch
        {
            null or "warn" => StaleTranslationPolicy.Warn,
            "error" => StaleTranslationPolicy.Error,
            "note" => StaleTranslationPolicy.Note,
            var other => throw map.Error(map.Find("stale_translation")!,
                $"stale_translation must be 'warn', 'error' or 'note', not '{other}'",
                "write 'stale_translation: warn' (the default), 'error' (stop the build) or 'note' (a note on the translated page)"),
        }, StaleTranslationPolicy.Warn);
        var images = ReadImages(map, problems);
        var limits = LimitsReader.Read(map, problems);
        problems.Try(map.RejectUnknownKeys);
        var config = languages is null
            ? null
            : new SiteConfig(title, description, baseUrl, languages.Value, output, policy, images, stale, limits) { OutputSetAt = outputAt };
        return new Reading(config, problems.Errors);
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

    /// <summary>
    /// The optional 'images:' settings: widths to resize photos to, their quality, the pixel limit.
    /// A bad one stands in as its default (the largest limit, so no photo is refused because of it).
    /// </summary>
    private static ImageSettings ReadImages(YamlMap map, ErrorCollector problems)
    {
        if (problems.Try(() => map.OptionalMap("images"), null) is not { } images) return ImageSettings.Default;
        var widths = problems.Try(() => ReadWidths(images), ImageSettings.Default.Widths);
        var quality = problems.Try(() =>
        {
            var quality = images.OptionalInt("quality") ?? ImageSettings.Default.Quality;
            return quality is < 1 or > 100
                ? throw images.Error(images.Find("quality")!, $"image quality must be from 1 to 100, not {quality}",
                    "75 to 85 keeps photos sharp and small; the default is " + ImageSettings.Default.Quality)
                : quality;
        }, ImageSettings.Default.Quality);
        var maxMegapixels = problems.Try(() =>
        {
            var limit = images.OptionalInt("max_megapixels") ?? ImageSettings.DefaultMaxMegapixels;
            return limit is < 1 or > MostMegapixels
                ? throw images.Error(images.Find("max_megapixels")!, $"max_megapixels must be from 1 to {MostMegapixels}, not {limit}",
                    $"the default is {ImageSettings.DefaultMaxMegapixels}: a camera photo has 12 to 50 megapixels")
                : limit;
        }, MostMegapixels);
        problems.Try(images.RejectUnknownKeys);
        return new ImageSettings(widths, quality, maxMegapixels);
    }

    private const int MostMegapixels = 1000;

    private static ImmutableArray<int> ReadWidths(YamlMap images)
    {
        if (!images.Has("widths")) return ImageSettings.Default.Widths;
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

        return builder.Distinct().Order().ToImmutableArray();
    }

    /// <summary>Every language entry is checked; any error in one of them fails the languages as a whole.</summary>
    private static ImmutableArray<Language> ReadLanguages(YamlMap map)
    {
        var entries = map.MapList("languages");
        if (entries.Count == 0)
        {
            throw map.Error("'languages' is missing", "list the site's languages, Chinese first: see the README");
        }

        var problems = new ErrorCollector();
        var languages = new List<Language>();
        foreach (var entry in entries)
        {
            var id = problems.Try(() => ReadId(entry), null);
            var code = problems.Try(() => entry.RequiredString("code", "zh-Hans"), null);
            var prefix = problems.Try(() => ReadPrefix(entry, id ?? "xx"), null);
            var name = problems.Try(() => entry.RequiredString("name", "中文"), null);
            problems.Try(entry.RejectUnknownKeys);
            if (id is null || code is null || prefix is null || name is null) continue;
            if (languages.Any(l => l.Id == id || l.Prefix == prefix))
            {
                problems.Add(entry.Location, $"language '{id}' is listed twice", "give each language its own id and prefix");
                continue;
            }

            languages.Add(new Language(id, code, prefix, name));
        }

        problems.ThrowIfAny();
        return languages.ToImmutableArray();
    }

    private static string ReadId(YamlMap entry)
    {
        var id = entry.RequiredString("id", "zh");
        return IdPattern().IsMatch(id)
            ? id
            : throw entry.Error(entry.Find("id")!, $"language id '{id}' must be lower-case letters", "use a short id such as 'zh' or 'en'");
    }

    private static string ReadPrefix(YamlMap entry, string id)
    {
        var prefix = entry.OptionalString("prefix") ?? id;
        if (!IdPattern().IsMatch(prefix))
        {
            throw entry.Error(entry.Find("prefix")!, $"prefix '{prefix}' must be lower-case letters", "use a folder name such as 'zh'");
        }

        if (ReservedPrefixes.Contains(prefix))
        {
            throw entry.Error(entry.Find("prefix") ?? entry.Find("id")!, $"the language folder '{prefix}' is a folder ZoneReport writes itself ({prefix}/)",
                $"give the language another prefix, such as 'prefix: {(ReservedPrefixes.Contains(id) ? "site" : id)}'");
        }

        return prefix;
    }

    /// <summary>Folders at the top of the output that are not a language's.</summary>
    private static readonly HashSet<string> ReservedPrefixes = new(StringComparer.Ordinal) { "assets", "media" };

    [GeneratedRegex("^[a-z]{2,8}$")]
    private static partial Regex IdPattern();
}
