using System.Text.RegularExpressions;
using ZoneReport.Diagnostics;

namespace ZoneReport.Content;

/// <summary>
/// Names that become parts of addresses. Only lower-case ASCII letters, digits and '-' are allowed,
/// which also keeps every output path inside the output folder (no '..', no '/').
/// </summary>
public static partial class Slugs
{
    public static bool IsValid(string slug) => SlugPattern().IsMatch(slug);

    public static void Check(string slug, SourceLocation location, string what)
    {
        if (IsValid(slug)) return;
        throw new BuildException(location,
            $"{what} '{slug}' may only hold lower-case letters, digits and '-'",
            $"use a name such as '{Suggest(slug)}'");
    }

    /// <summary>What <see cref="Suggest"/> offers when nothing of the text can be kept (a name in Chinese).</summary>
    public const string Fallback = "my-article";

    public static string Suggest(string text)
    {
        var cleaned = NotAllowed().Replace(text.ToLowerInvariant(), "-").Trim('-');
        if (cleaned.Length > 80) cleaned = cleaned[..80].TrimEnd('-');
        return cleaned.Length == 0 ? Fallback : cleaned;
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotAllowed();
}
