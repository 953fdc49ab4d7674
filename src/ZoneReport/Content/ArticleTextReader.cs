using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;
using ZoneReport.Diagnostics;
using ZoneReport.Model;
using ZoneReport.Yaml;

namespace ZoneReport.Content;

/// <summary>Reads one article file (front matter and body) in one language.</summary>
public static class ArticleTextReader
{
    /// <summary>
    /// The article as its file says. Its provenance holds only what the front matter states (the rest
    /// unknown); <see cref="Declared"/> keeps those statements so the loader can fill the gaps from the edition.
    /// </summary>
    public static ArticleText Read(string text, string file, string fileKey, Language language) => ReadWithProvenance(text, file, fileKey, language).Text;

    /// <param name="SlugAt">Where the article's address comes from: its 'slug:' line, or its file name.</param>
    public sealed record Declared(ArticleText Text, ProvenanceReader.Declared Provenance, SourceLocation SlugAt);

    /// <param name="baseUrl">The site's base_url: an alias may be written as a full address under it.</param>
    /// <remarks>
    /// Each setting is read on its own: a bad date, a blank title and an unknown key in one front
    /// matter are all reported in one run (the file still fails as a whole).
    /// </remarks>
    public static Declared ReadWithProvenance(string text, string file, string fileKey, Language language, Uri? baseUrl = null)
    {
        var split = FrontMatter.Parse(text, file);
        var map = split.Settings;
        var examples = Examples.For(language);
        var problems = new ErrorCollector();
        var slug = problems.Try(() => ReadSlug(map, file, fileKey, examples), fileKey);
        var slugAt = map.Has("slug") ? map.LocationOfValue("slug") : SourceLocation.FileOnly(file);
        var publishAt = problems.Try(() => PublishingRules.ReadMoment(map, "publish_at"), null);
        var expireAt = problems.Try(() => PublishingRules.ReadMoment(map, "expire_at"), null);
        var article = new ArticleText(
            Language: language,
            Slug: slug,
            Title: problems.Try(() => map.RequiredString("title", examples.Title), ""),
            Subtitle: problems.Try(() => map.OptionalString("subtitle"), null),
            Byline: problems.Try(() => map.OptionalString("byline"), null),
            Credits: ReadCredits(map, examples, problems),
            Provenance: Provenance.Unknown,
            Notes: problems.Try(() => NoteReader.ReadSingle(map), []),
            Summary: problems.Try(() => map.OptionalString("summary"), null),
            Order: problems.Try(() => map.OptionalInt("order"), null) ?? 0,
            Draft: problems.Try(() => map.OptionalBool("draft", false), false),
            Body: split.Body,
            BodyFirstLine: split.BodyFirstLine,
            SourceFile: file)
        {
            PublishAt = publishAt,
            ExpireAt = expireAt,
            Aliases = problems.Try(() => AliasReader.Read(map, baseUrl, ExampleAlias(file, language)), []),
        };
        problems.Try(() => PublishingRules.CheckOrder(map, publishAt, expireAt));
        var provenance = new ProvenanceReader([language]).ReadSingle(map, language, problems);
        problems.Try(map.RejectUnknownKeys);
        problems.ThrowIfAny();
        return new Declared(article with { Provenance = provenance.Resolve() }, provenance, slugAt);
    }

    /// <summary>An old address such as an article of this file's edition might have had: /zh/zone/2022/old-name/.</summary>
    private static string ExampleAlias(string file, Language language)
    {
        var folders = file.Split('/');
        return folders.Length >= 4 ? $"/{language.Prefix}/{folders[^3]}/{folders[^2]}/old-name/" : $"/{language.Prefix}/old-name/";
    }

    /// <summary>
    /// The address comes from 'slug:' or else from the file name, which must then be a valid slug:
    /// a file named in Chinese (测试文章.zh.md) builds once it says its slug.
    /// </summary>
    private static string ReadSlug(YamlMap map, string file, string fileKey, Examples examples)
    {
        if (map.OptionalString("slug") is { } slug)
        {
            Slugs.Check(slug, map.LocationOfValue("slug"), "slug");
            return slug;
        }

        if (Slugs.IsValid(fileKey)) return fileKey;
        var suggestion = Slugs.Suggest(fileKey);
        throw new BuildException(SourceLocation.FileOnly(file),
            $"the file name '{fileKey}' cannot be the article's address, which may only hold lower-case letters, digits and '-'",
            $"add a line such as 'slug: {(suggestion == Slugs.Fallback ? examples.Slug : suggestion)}' to the front matter, " +
            $"or rename the file to '{(suggestion == Slugs.Fallback ? examples.Slug : suggestion)}.{Path.GetExtension(Path.GetFileNameWithoutExtension(file)).TrimStart('.')}.md' (and its translations alike)");
    }

    private static ImmutableArray<Credit> ReadCredits(YamlMap map, Examples examples, ErrorCollector problems)
    {
        var credits = ImmutableArray.CreateBuilder<Credit>();
        foreach (var entry in problems.Try(() => map.MapList("credits"), []))
        {
            var role = problems.Try(() => entry.RequiredString("role", examples.Role), "");
            var names = problems.Try(() => ReadNames(entry, examples), "");
            problems.Try(entry.RejectUnknownKeys);
            credits.Add(new Credit(role, names));
        }

        return credits.ToImmutable();
    }

    private static string ReadNames(YamlMap entry, Examples examples)
    {
        var node = entry.Find("names");
        return node switch
        {
            YamlSequenceNode list => string.Join(" ", list.Children.OfType<YamlScalarNode>().Select(n => n.Value)),
            _ => entry.RequiredString("names", examples.Names),
        };
    }

    /// <summary>Examples for hints, in the file's own language: an English file gets English examples.</summary>
    private sealed record Examples(string Title, string Role, string Names, string Slug)
    {
        private static readonly Examples Chinese = new("前瞻未来 “11346”施画产业发展路线图", "摄影", "曹文娟", "plan-11346");
        private static readonly Examples English = new("The “11346” plan charts the road map", "Photography", "Cao Wenjuan", "plan-11346");

        public static Examples For(Language language) =>
            language.Code.StartsWith("zh", StringComparison.Ordinal) || language.Id == "zh" ? Chinese : English;
    }
}
