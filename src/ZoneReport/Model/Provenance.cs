using System.Collections.Immutable;
using System.Globalization;

namespace ZoneReport.Model;

/// <summary>How we know a fact about the source: the page prints it, an editor inferred it, or nobody knows.</summary>
public enum SourceStatus
{
    Printed,
    Inferred,
    Unknown,
}

/// <summary>
/// One fact about where a text was published (its newspaper, date, page or section), with how we
/// know it. <see cref="Value"/> is null when the fact is unknown; an inferred fact names its reason
/// and who inferred it, in one line.
/// </summary>
public sealed record SourceFact<T>(SourceStatus Status, T? Value, string? Reason, string? By) where T : class
{
    public static readonly SourceFact<T> Unknown = new(SourceStatus.Unknown, null, null, null);

    public bool IsKnown => Status != SourceStatus.Unknown && Value is not null;
}

/// <summary>A date as precise as the source allows: 2022-10-17, 2023-01 (a month) or 2023 (a year).</summary>
public sealed record SourceDate(int Year, int? Month, int? Day)
{
    public static SourceDate Of(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>The full date, when the day is known.</summary>
    public DateOnly? Exact => Month is { } m && Day is { } d ? new DateOnly(Year, m, d) : null;

    /// <summary>ISO 8601 at the precision known: 2022-10-17, 2023-01, 2023 (also valid in schema.org and HTML time).</summary>
    public string Iso => Day is { } d ? $"{Year:0000}-{Month:00}-{d:00}" : Month is { } m ? $"{Year:0000}-{m:00}" : Year.ToString("0000", CultureInfo.InvariantCulture);

    public override string ToString() => Iso;
}

/// <summary>
/// Where a text came from, in one language: the newspaper, the date (and the weekday as printed
/// beside it), the page and the section, each printed, inferred or unknown; and a series banner if
/// the page prints one (e.g. 奋进新征程 建功新时代 · 非凡十年出彩周口).
/// </summary>
/// <param name="Section">Null when nothing is said about a section (most pages have none).</param>
/// <param name="Weekday">The weekday as printed in the date line (星期一), kept as the source has it.</param>
public sealed record Provenance(
    SourceFact<string> Publication,
    SourceFact<SourceDate> Date,
    SourceFact<string> Page,
    SourceFact<string>? Section,
    string? Weekday,
    string? Series)
{
    public static readonly Provenance Unknown = new(SourceFact<string>.Unknown, SourceFact<SourceDate>.Unknown, SourceFact<string>.Unknown, null, null, null);
}

/// <summary>An edition's provenance in every language of the site (the facts agree; their texts are translated).</summary>
public sealed record EditionSource(ImmutableSortedDictionary<string, Provenance> Languages)
{
    public Provenance In(Language language) => Languages.GetValueOrDefault(language.Id, Provenance.Unknown);

    public bool Equals(EditionSource? other) =>
        other is not null && Languages.Count == other.Languages.Count &&
        Languages.All(pair => other.Languages.TryGetValue(pair.Key, out var value) && value == pair.Value);

    public override int GetHashCode() => Languages.Aggregate(0, (hash, pair) => HashCode.Combine(hash, pair.Key, pair.Value));

    public static EditionSource UnknownIn(IEnumerable<Language> languages) =>
        new(languages.ToImmutableSortedDictionary(l => l.Id, _ => Provenance.Unknown, StringComparer.Ordinal));
}
