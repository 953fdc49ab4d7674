using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ZoneReport.Model;
using ZoneReport.Rendering;

namespace ZoneReport.Formats.Citations;

/// <summary>
/// Turns an article or an edition, in one language, into what its citation may say. Authors are the
/// people credited for the text (记者, 通讯员, 文 / Reporter, Correspondent, Text), not those credited
/// for planning, photos or layout; an edition as a whole has no author.
/// </summary>
public static partial class CitationSources
{
    private static readonly HashSet<string> AuthorRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "文", "文字", "记者", "本报记者", "通讯员", "本报通讯员", "作者", "撰文", "撰稿",
        "text", "reporter", "staff reporter", "correspondent", "author", "writer", "by",
    };

    public static CitationSource ForArticle(SiteConfig config, Article article, ArticleText text)
    {
        var edition = article.Edition;
        var language = text.Language;
        var path = PagePaths.Article(text, edition);
        return new CitationSource(
            Id: $"{edition.Zone.Slug}-{edition.Slug}-{text.Slug}-{language.Id}",
            Kind: CitedKind.Article,
            LanguageCode: language.Code,
            Title: text.Title,
            Authors: Authors(text),
            Newspaper: Fact(text.Provenance.Publication),
            Date: DateOf(text.Provenance.Date),
            PageNumber: PageNumber(text.Provenance.Page),
            SiteTitle: config.Title[language],
            Url: Urls.Absolute(config.BaseUrl, path));
    }

    public static CitationSource ForEdition(SiteConfig config, Edition edition, Language language)
    {
        var source = edition.Source.In(language);
        return new(
            Id: $"{edition.Zone.Slug}-{edition.Slug}-{language.Id}",
            Kind: CitedKind.Edition,
            LanguageCode: language.Code,
            Title: edition.Title[language],
            Authors: [],
            Newspaper: Fact(source.Publication),
            Date: DateOf(source.Date),
            PageNumber: PageNumber(source.Page),
            SiteTitle: config.Title[language],
            Url: Urls.Absolute(config.BaseUrl, PagePaths.Edition(language, edition)));
    }

    private static ImmutableArray<Person> Authors(ArticleText text)
    {
        var credited = text.Credits.Where(c => AuthorRoles.Contains(c.Role.Trim())).SelectMany(c => SplitNames(c.Names)).ToList();
        if (credited.Count == 0 && text.Byline is { } byline && BareNames().IsMatch(byline))
        {
            // "本报记者 王晨": the role word is not a name.
            credited.AddRange(SplitNames(byline).Where(name => !AuthorRoles.Contains(name)));
        }

        return [.. credited.Distinct(StringComparer.Ordinal).Select(Person.Parse)];
    }

    /// <summary>"潘付堂 焦海洋", "王晨、郭雪松", "Pan Futang, Jiao Haiyang" or "Guo Kun and Liu Rui": one entry per person.</summary>
    private static IEnumerable<string> SplitNames(string names)
    {
        var parts = names.Split(['、', '，', ',', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(part => part.Split(" and ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return parts.SelectMany(part => part.Any(Cjk.IsHan) ? part.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [part]);
    }

    /// <summary>The number in "特刊 7版", "第7版" or "page 7"; a section name such as 经济技术开发区 has none.</summary>
    private static Cited<string>? PageNumber(SourceFact<string> page)
    {
        if (Fact(page) is not { } known) return null;
        var match = PageDigits().Match(known.Value);
        return match.Success ? known with { Value = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value } : null;
    }

    /// <summary>A printed fact as fact, an inferred one as inferred (with who inferred it and why), an unknown one not at all.</summary>
    private static Cited<string>? Fact(SourceFact<string> fact) =>
        fact is { IsKnown: true, Value: { } value } && !string.IsNullOrWhiteSpace(value)
            ? new Cited<string>(value.Trim(), fact.Status == SourceStatus.Inferred, Reason(fact.Reason, fact.By))
            : null;

    private static Cited<CitedDate>? DateOf(SourceFact<SourceDate> fact) =>
        fact is { IsKnown: true, Value: { } date }
            ? new Cited<CitedDate>(new CitedDate(date.Year, date.Month, date.Day), fact.Status == SourceStatus.Inferred, Reason(fact.Reason, fact.By))
            : null;

    private static string? Reason(string? reason, string? by) => by is null ? reason : reason is null ? by : $"{reason} ({by})";

    /// <summary>A byline that is only names (a commentary's "Li Qinghua"), with no role words or slashes.</summary>
    [GeneratedRegex(@"^[\p{L}\p{M} ,、·.'’-]+$")]
    private static partial Regex BareNames();

    [GeneratedRegex(@"(\d+)\s*版|\bpage\s+(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex PageDigits();
}
