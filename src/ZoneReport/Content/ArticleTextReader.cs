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

    public static Declared ReadWithProvenance(string text, string file, string fileKey, Language language)
    {
        var split = FrontMatter.Parse(text, file);
        var map = split.Settings;
        var examples = Examples.For(language);
        var slug = ReadSlug(map, file, fileKey, examples);
        var slugAt = map.Has("slug") ? map.LocationOfValue("slug") : SourceLocation.FileOnly(file);
        var article = new ArticleText(
            Language: language,
            Slug: slug,
            Title: map.RequiredString("title", examples.Title),
            Subtitle: map.OptionalString("subtitle"),
            Byline: map.OptionalString("byline"),
            Credits: ReadCredits(map, examples),
            Provenance: Provenance.Unknown,
            Notes: NoteReader.ReadSingle(map),
            Summary: map.OptionalString("summary"),
            Order: map.OptionalInt("order") ?? 0,
            Draft: map.OptionalBool("draft", false),
            Body: split.Body,
            BodyFirstLine: split.BodyFirstLine,
            SourceFile: file)
        {
            PublishAt = PublishingRules.ReadMoment(map, "publish_at"),
            ExpireAt = PublishingRules.ReadMoment(map, "expire_at"),
        };
        PublishingRules.CheckOrder(map, article.PublishAt, article.ExpireAt);
        var provenance = new ProvenanceReader([language]).ReadSingle(map, language);
        map.RejectUnknownKeys();
        return new Declared(article with { Provenance = provenance.Resolve() }, provenance, slugAt);
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

    private static ImmutableArray<Credit> ReadCredits(YamlMap map, Examples examples)
    {
        var credits = ImmutableArray.CreateBuilder<Credit>();
        foreach (var entry in map.MapList("credits"))
        {
            var role = entry.RequiredString("role", examples.Role);
            var names = ReadNames(entry, examples);
            entry.RejectUnknownKeys();
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
