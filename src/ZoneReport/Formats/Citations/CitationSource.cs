using System.Collections.Immutable;
using System.Globalization;

namespace ZoneReport.Formats.Citations;

/// <summary>
/// A person credited as author. Chinese names (汉字) are kept whole, as written, because they are
/// cited family name first without a separator; romanised names are split into family (first word,
/// as pinyin names are written) and given name.
/// </summary>
public sealed record Person(string? Family, string? Given, string? Whole)
{
    public static Person Parse(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.Any(Cjk.IsHan) || !trimmed.Contains(' ')) return new Person(null, null, trimmed);
        var space = trimmed.IndexOf(' ');
        return new Person(trimmed[..space], trimmed[(space + 1)..].Trim(), null);
    }

    public string Display => Whole ?? $"{Given} {Family}";
}

/// <summary>A fact for a citation, with whether the source prints it or an editor inferred it (and why).</summary>
public sealed record Cited<T>(T Value, bool Inferred, string? Reason = null);

/// <summary>A date as precise as known: a day, a month or a year.</summary>
public sealed record CitedDate(int Year, int? Month = null, int? Day = null)
{
    public static CitedDate Of(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>2022-10-17, 2023-01 or 2023.</summary>
    public string Iso => Day is { } d ? $"{Year:0000}-{Month:00}-{d:00}" : Month is { } m ? $"{Year:0000}-{m:00}" : Year.ToString("0000", CultureInfo.InvariantCulture);

    public ImmutableArray<int> Parts => Day is { } d ? [Year, Month!.Value, d] : Month is { } m ? [Year, m] : [Year];
}

public enum CitedKind
{
    Article,
    Edition,
}

/// <summary>
/// Everything a citation may say about one page, already sorted by what the source prints: a null
/// fact is unknown and is left out (or said to be unknown, as each style prescribes); an inferred
/// one is cited as inferred. The formats in this folder are pure functions of this record.
/// </summary>
/// <param name="Id">A key unique in the site, e.g. zhoukou-edz-2022-decade-review-zh (BibTeX key, CSL id).</param>
/// <param name="LanguageCode">BCP 47, e.g. zh-Hans or en.</param>
/// <param name="Newspaper">The newspaper the text was printed in.</param>
/// <param name="PageNumber">The printed page (版次) as a number, when the source gives one.</param>
/// <param name="Url">The page's permanent address: the online version that is cited.</param>
public sealed record CitationSource(
    string Id,
    CitedKind Kind,
    string LanguageCode,
    string Title,
    ImmutableArray<Person> Authors,
    Cited<string>? Newspaper,
    Cited<CitedDate>? Date,
    Cited<string>? PageNumber,
    string SiteTitle,
    string Url)
{
    public bool IsChinese => LanguageCode.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
}

internal static class Cjk
{
    public static bool IsHan(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';
}
