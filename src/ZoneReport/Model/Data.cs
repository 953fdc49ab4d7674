using System.Collections.Immutable;
using ZoneReport.Diagnostics;

namespace ZoneReport.Model;

public enum FigureKind
{
    Actual,
    Estimate,
    Target,
}

/// <summary>
/// How a figure's value is bounded, as the source words it: 100余家 (more than 100), 8.5%以上 (at
/// least 8.5%), 3个工作日以内 (within 3), 突破100家 (over 100), 约1.5万人 (about 15,000), 超100亿元
/// (over 10 billion), 不少于500万元 (at least 5 million).
/// </summary>
public enum FigureQualifier
{
    None,
    MoreThan,
    AtLeast,
    Within,
    Over,
    About,
    Exceeds,
    NotLessThan,
}

/// <summary>A unit as written in YAML (亿元, 亩, %...). Formatting per language lives in Data.QuantityFormatter.</summary>
public sealed record Unit(string Symbol);

/// <summary>A change against an earlier period: a growth rate in percent, or a multiple (增长12.7倍).</summary>
public sealed record Change(decimal Value, bool IsMultiple);

/// <summary>A reporting period: a year, a half, a quarter, or a range of months in one year.</summary>
public sealed record Period(int Year, int? Half, int? Quarter, int? FromMonth, int? ToMonth)
{
    public string Key => Half is { } h ? $"{Year}-H{h}" : Quarter is { } q ? $"{Year}-Q{q}" : FromMonth is { } f ? $"{Year}-{f:00}..{Year}-{ToMonth:00}" : $"{Year}";
}

public sealed record Figure(
    string Id,
    LocalizedText Label,
    decimal Value,
    Unit Unit,
    Change? Change,
    Period? Period,
    FigureKind Kind,
    LocalizedText? Source,
    string? ArticleKey,
    SourceLocation Origin,
    ResponsiveImage? Image = null)
{
    /// <summary>The day the value was counted, for a figure of the year so far ("by 17 October").</summary>
    public DateOnly? AsOf { get; init; }

    public FigureQualifier Qualifier { get; init; }

    /// <summary>The id of a figure of the same edition that this one revises (a later count of the same thing).</summary>
    public string? Revises { get; init; }

    public ImmutableArray<LocalizedNote> Notes { get; init; } = ImmutableArray<LocalizedNote>.Empty;
}

public sealed record Pillar(int Count, LocalizedText Title, LocalizedText? Summary, ImmutableArray<LocalizedText> Items);

public sealed record Plan(string Slug, string Code, LocalizedText Title, LocalizedText? Summary, ImmutableArray<Pillar> Pillars, SourceLocation Origin)
{
    /// <summary>
    /// Whether the source prints the code ("11346", "1111工程"). A code an editor made up from the
    /// item counts is kept for the file but never shown as the plan's digit banner.
    /// </summary>
    public bool CodePrinted { get; init; } = true;


    public ImmutableArray<LocalizedNote> Notes { get; init; } = ImmutableArray<LocalizedNote>.Empty;
}

public sealed record Photo(
    string Id,
    string? File,
    LocalizedText Caption,
    LocalizedText Alt,
    LocalizedText? Credit,
    string? ArticleKey,
    SourceLocation Origin,
    ResponsiveImage? Image = null)
{
    public ImmutableArray<LocalizedNote> Notes { get; init; } = ImmutableArray<LocalizedNote>.Empty;
}

/// <summary>The structured data of one edition.</summary>
public sealed record EditionData(ImmutableArray<Figure> Figures, ImmutableArray<Plan> Plans, ImmutableArray<Photo> Photos)
{
    public static readonly EditionData Empty = new(ImmutableArray<Figure>.Empty, ImmutableArray<Plan>.Empty, ImmutableArray<Photo>.Empty);

    public Figure? FindFigure(string id) => Figures.FirstOrDefault(f => f.Id == id);
    public Plan? FindPlan(string slug) => Plans.FirstOrDefault(p => p.Slug == slug);
    public Photo? FindPhoto(string id) => Photos.FirstOrDefault(p => p.Id == id);
}

/// <summary>Everything that was loaded and checked: the input of rendering.</summary>
public sealed record SiteContent(
    SiteConfig Config,
    ImmutableArray<Zone> Zones,
    ImmutableArray<Edition> Editions,
    ImmutableArray<Article> Articles,
    ImmutableDictionary<string, EditionData> Data)
{
    private readonly ArticlesByEdition _byEdition = new();

    public EditionData DataOf(Edition edition) => Data.GetValueOrDefault(edition.Key, EditionData.Empty);

    /// <summary>The articles of one edition, in the order of <see cref="Articles"/>.</summary>
    public IEnumerable<Article> ArticlesOf(Edition edition) => _byEdition.Of(Articles, edition.Key);
}
