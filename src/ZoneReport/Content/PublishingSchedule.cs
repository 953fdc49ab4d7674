using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ZoneReport.Model;

namespace ZoneReport.Content;

/// <summary>
/// Time changes a site without any file changing: at an article's publish_at or expire_at its pages
/// appear or go. The engine's record of a build therefore carries which articles were not public
/// and until when that holds; a build after that moment renders again whatever depends on it.
/// </summary>
public static class PublishingSchedule
{
    private const string Separator = " | publishing ";

    /// <summary>The build's settings with the publishing state of <paramref name="articles"/> (every article read, built or withheld).</summary>
    public static string Settings(string buildSettings, IEnumerable<Article> articles, DateTimeOffset now)
    {
        var all = articles.ToList();
        var state = string.Join("\n", all.Where(a => !a.IsPublic)
            .Select(a => $"{a.Edition.Key}/{a.Key}={a.Publishing.Status}")
            .Order(StringComparer.Ordinal));
        var next = all.SelectMany(a => new[] { a.Publishing.PublishAt, a.Publishing.ExpireAt })
            .Where(m => m > now).Min();
        var until = next?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "never";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(state)))[..16];
        return $"{buildSettings}{Separator}until={until} state={hash}";
    }

    /// <summary>The recorded settings are those of a build with the same options (whatever its publishing state).</summary>
    public static bool SameOptions(string recorded, string buildSettings) =>
        recorded.StartsWith(buildSettings + Separator, StringComparison.Ordinal);

    /// <summary>No publish_at or expire_at has passed since the recorded build: its publishing state still holds.</summary>
    public static bool StillHolds(string recorded, DateTimeOffset now)
    {
        var at = recorded.LastIndexOf(Separator + "until=", StringComparison.Ordinal);
        if (at < 0) return false;
        var until = recorded[(at + Separator.Length + "until=".Length)..].Split(' ')[0];
        return until == "never" ||
               DateTimeOffset.TryParse(until, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment) && now < moment;
    }
}
