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

    public sealed record Declared(ArticleText Text, ProvenanceReader.Declared Provenance);

    public static Declared ReadWithProvenance(string text, string file, string fileKey, Language language)
    {
        var split = FrontMatter.Parse(text, file);
        var map = split.Settings;
        var slug = map.OptionalString("slug") ?? fileKey;
        Slugs.Check(slug, map.LocationOfValue("slug"), "slug");
        var article = new ArticleText(
            Language: language,
            Slug: slug,
            Title: map.RequiredString("title", "前瞻未来 “11346”施画产业发展路线图"),
            Subtitle: map.OptionalString("subtitle"),
            Byline: map.OptionalString("byline"),
            Credits: ReadCredits(map),
            Provenance: Provenance.Unknown,
            Notes: NoteReader.ReadSingle(map),
            Summary: map.OptionalString("summary"),
            Order: map.OptionalInt("order") ?? 0,
            Draft: map.OptionalBool("draft", false),
            Body: split.Body,
            BodyFirstLine: split.BodyFirstLine,
            SourceFile: file);
        var provenance = new ProvenanceReader([language]).ReadSingle(map, language);
        map.RejectUnknownKeys();
        return new Declared(article with { Provenance = provenance.Resolve() }, provenance);
    }

    private static ImmutableArray<Credit> ReadCredits(YamlMap map)
    {
        var credits = ImmutableArray.CreateBuilder<Credit>();
        foreach (var entry in map.MapList("credits"))
        {
            var role = entry.RequiredString("role", "摄影");
            var names = ReadNames(entry);
            entry.RejectUnknownKeys();
            credits.Add(new Credit(role, names));
        }

        return credits.ToImmutable();
    }

    private static string ReadNames(YamlMap entry)
    {
        var node = entry.Find("names");
        return node switch
        {
            YamlSequenceNode list => string.Join(" ", list.Children.OfType<YamlScalarNode>().Select(n => n.Value)),
            _ => entry.RequiredString("names", "曹文娟"),
        };
    }
}
