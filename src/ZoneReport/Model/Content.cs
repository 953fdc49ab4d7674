using System.Collections.Immutable;

namespace ZoneReport.Model;

/// <summary>A development zone: one folder of content/, holding its editions.</summary>
public sealed record Zone(string Slug, LocalizedText Name, LocalizedText? Summary, int Order, string SourceFile)
{
    /// <summary>Old addresses that redirect to the zone's page (zone.yml 'aliases:'); each leads to the page in the language its address starts with.</summary>
    public ImmutableArray<Alias> Aliases { get; init; } = [];
}

/// <summary>A role and the people credited in it, e.g. 摄影: 曹文娟.</summary>
public sealed record Credit(string Role, string Names);

public sealed record LocalizedCredit(LocalizedText Role, LocalizedText Names);

/// <summary>One zone's special pages of one year.</summary>
public sealed record Edition(
    Zone Zone,
    string Slug,
    int Year,
    LocalizedText Title,
    LocalizedText? Summary,
    EditionSource Source,
    ImmutableArray<LocalizedCredit> Credits,
    string SourceFile)
{
    /// <summary>Editor's notes of the edition as a whole (edition.yml).</summary>
    public ImmutableArray<LocalizedNote> Notes { get; init; } = ImmutableArray<LocalizedNote>.Empty;

    /// <summary>Old addresses that redirect to the edition's page (edition.yml 'aliases:'), e.g. those of an article withdrawn from it.</summary>
    public ImmutableArray<Alias> Aliases { get; init; } = [];

    /// <summary>The exact date of the (first) source page, when known (printed or inferred to the day).</summary>
    public DateOnly? Date => Source.Languages.Values.FirstOrDefault()?.Date.Value?.Exact;

    // Key is looked up for every page (SiteContent.DataOf, the template views), so it is made once
    // here rather than formatted on each call. A with-expression that changes Zone or Slug goes
    // through these init accessors, which make Key again; positional construction sets the fields
    // directly and runs the Key initializer below.
    public Zone Zone { get; init { field = value; Key = KeyOf(value, Slug); } } = Zone;

    public string Slug { get; init { field = value; Key = KeyOf(Zone, value); } } = Slug;

    /// <summary>zone/edition, e.g. "zhoukou-edz/2022": unique in the site, as the folders are.</summary>
    public string Key { get; private init; } = KeyOf(Zone, Slug);

    private static string KeyOf(Zone? zone, string? slug) => $"{zone?.Slug}/{slug}";
}

/// <summary>An article in one language: one Markdown file with its front matter.</summary>
public sealed record ArticleText(
    Language Language,
    string Slug,
    string Title,
    string? Subtitle,
    string? Byline,
    ImmutableArray<Credit> Credits,
    Provenance Provenance,
    ImmutableArray<EditorNote> Notes,
    string? Summary,
    int Order,
    bool Draft,
    string Body,
    int BodyFirstLine,
    string SourceFile)
{
    private DeferredText _body = new(Body);

    /// <summary>The Markdown after the front matter, with '\n' line endings (from the parse cache: decoded when first read).</summary>
    public string Body { get => _body.Text; init => _body = new DeferredText(value); }

    /// <summary>The body as UTF-8 that the parse cache has checked: kept as bytes until <see cref="Body"/> is read.</summary>
    internal ReadOnlyMemory<byte> BodyUtf8 { init => _body = new DeferredText(value); }

    /// <summary>publish_at: not shown to readers before this moment.</summary>
    public DateTimeOffset? PublishAt { get; init; }

    /// <summary>expire_at: not shown to readers from this moment on.</summary>
    public DateTimeOffset? ExpireAt { get; init; }

    /// <summary>Old addresses of this page ('aliases:'), each written as a redirect to it.</summary>
    public ImmutableArray<Alias> Aliases { get; init; } = [];

    /// <summary>The exact date of the source page when known: the article's own, else its edition's (see <see cref="Provenance"/>).</summary>
    public DateOnly? Date => Provenance.Date.Value?.Exact;

    /// <summary>The newspaper's name when known (printed or inferred).</summary>
    public string? Publication => Provenance.Publication.Value;

    public string? Page => Provenance.Page.Value;
}

/// <summary>An article and its translations, paired by file name (decade-review.zh.md, decade-review.en.md).</summary>
public sealed record Article(Edition Edition, string Key, ImmutableSortedDictionary<string, ArticleText> Texts)
{
    /// <summary>Draft, embargo and expiry of the article (its languages are published together).</summary>
    public Publishing Publishing { get; init; } = Publishing.Always;

    /// <summary>Readers may see it: the one decision pages, sitemap and feeds follow.</summary>
    public bool IsPublic => Publishing.IsPublic;

    public int Order => Texts.Values.Min(t => t.Order);

    public ArticleText? In(Language language) => Texts.GetValueOrDefault(language.Id);
}
