using System.Text.RegularExpressions;

namespace ZoneReport.Tests.Support;

/// <summary>
/// Pages carry no script that runs: the only script elements are JSON-LD data blocks, which browsers
/// never execute. A test removes those (after checking they cannot end early) before looking for scripts.
/// </summary>
public static partial class Scripts
{
    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdBlock();

    public static string WithoutJsonLd(string html) =>
        JsonLdBlock().Replace(html, match =>
        {
            Assert.DoesNotContain("<", match.Groups[1].Value);
            return "";
        });
}
