using System.Globalization;
using ZoneReport.Diagnostics;
using ZoneReport.Model;
using ZoneReport.Yaml;

namespace ZoneReport.Content;

/// <summary>
/// Decides which articles a build includes: drafts only with --drafts, articles whose publish_at
/// is still to come only with --future, expired ones never. "Now" is the build's clock, passed in.
/// </summary>
public sealed record PublishingRules(DateTimeOffset Now, bool IncludeDrafts = false, bool IncludeFuture = false)
{
    /// <summary>
    /// The newsroom's time zone, for moments written without an offset. Asia/Shanghai has kept
    /// UTC+8 without daylight saving since 1991, so a fixed offset is exact for every edition and
    /// needs no time-zone database on the machine.
    /// </summary>
    public static readonly TimeSpan NewsroomOffset = TimeSpan.FromHours(8);

    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss",
    ];

    private static readonly string[] FormatsWithOffset =
    [
        "yyyy-MM-dd HH:mmzzz", "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:sszzz",
        "yyyy-MM-dd HH:mm zzz", "yyyy-MM-dd HH:mm:ss zzz", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'",
    ];

    /// <summary>Every article whatever its publish_at and expire_at (for checks and reviews that must see them all).</summary>
    public static PublishingRules Regardless(bool includeDrafts) => new(DateTimeOffset.MinValue, includeDrafts, IncludeFuture: true);

    /// <summary>Every article of a folder is read; this says whether it goes into this build.</summary>
    public bool Builds(Publishing publishing) =>
        (!publishing.Draft || IncludeDrafts) && (!publishing.Embargoed || IncludeFuture) && !publishing.Expired;

    /// <summary>The publishing of an article from its language files: one draft holds back both, dates must agree.</summary>
    public Publishing Of(IReadOnlyCollection<ArticleText> texts, ErrorCollector errors)
    {
        var publishAt = Agreed(texts, t => t.PublishAt, "publish_at", errors);
        var expireAt = Agreed(texts, t => t.ExpireAt, "expire_at", errors);
        return new Publishing(texts.Any(t => t.Draft), publishAt, expireAt, publishAt > Now, expireAt <= Now);
    }

    /// <summary>Reads a moment such as 2024-06-02 08:00 (Beijing time) or 2024-06-02T00:00:00Z; null when absent.</summary>
    public static DateTimeOffset? ReadMoment(YamlMap map, string key)
    {
        var text = map.OptionalString(key)?.Trim();
        if (text is null) return null;
        if (DateTimeOffset.TryParseExact(text, FormatsWithOffset, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var withOffset))
        {
            return withOffset;
        }

        if (DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return new DateTimeOffset(local, NewsroomOffset);
        }

        throw map.Error(map.Find(key)!, $"'{key}' must be a date and time such as 2024-06-02 08:00, not '{text}'",
            $"write it like '{key}: 2024-06-02 08:00' (Beijing time) or with an offset, '{key}: 2024-06-02T08:00:00+08:00'");
    }

    /// <summary>Checks that expire_at comes after publish_at in one file.</summary>
    public static void CheckOrder(YamlMap map, DateTimeOffset? publishAt, DateTimeOffset? expireAt)
    {
        if (publishAt is { } from && expireAt is { } until && until <= from)
        {
            throw map.Error(map.Find("expire_at")!, "'expire_at' is not later than 'publish_at': the article would never be shown",
                "make expire_at later than publish_at, or remove it");
        }
    }

    private static DateTimeOffset? Agreed(IReadOnlyCollection<ArticleText> texts, Func<ArticleText, DateTimeOffset?> of, string key, ErrorCollector errors)
    {
        var given = texts.Where(t => of(t) is not null).ToList();
        if (given.Count == 0) return null;
        var first = given[0];
        foreach (var other in given.Skip(1).Where(t => of(t) != of(first)))
        {
            errors.Add(SourceLocation.FileOnly(other.SourceFile),
                $"'{key}' is {Show(of(other))} here but {Show(of(first))} in {first.SourceFile}",
                $"the languages of an article are published together: give the same {key} in both files, or in one of them only");
        }

        return of(first);
    }

    private static string Show(DateTimeOffset? moment) => moment?.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture) ?? "";
}
