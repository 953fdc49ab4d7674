using System.Text.RegularExpressions;

namespace ZoneReport.Cli;

/// <summary>
/// The preview's answer to an address the site does not have: the 404 page of the language the
/// address is in (zh/404.html for /zh/...; else the root 404.html), served at the requested address.
/// Its links are relative to where the 404 page lies, so they would break at a deeper address; they
/// are made absolute from the site's root (the preview serves the site at its root), so every link,
/// stylesheet and icon works at any depth. Fragments (#main) stay as they are: they lead within the page.
/// </summary>
public static partial class NotFoundPage
{
    public const string Root = "404.html";

    /// <summary>The 404 page for a request path ("/zh/a/b/missing/"): its language's if the site has one.</summary>
    public static string For(string requestPath, Func<string, bool> exists)
    {
        var first = requestPath.TrimStart('/').Split('/')[0];
        var ofLanguage = $"{first}/{Root}";
        return first.Length > 0 && exists(ofLanguage) ? ofLanguage : Root;
    }

    /// <summary>The page's relative href, src, srcset and action addresses made absolute from the site's root.</summary>
    public static string AtAnyDepth(string html, string notFoundPath)
    {
        var from = new Uri(new Uri("http://preview.invalid/"), notFoundPath);
        return Reference().Replace(html, match =>
        {
            var value = match.Groups["value"].Value;
            var resolved = match.Groups["name"].Value == "srcset"
                ? string.Join(", ", value.Split(',').Select(c => c.Trim()).Where(c => c.Length > 0).Select(candidate =>
                {
                    var space = candidate.IndexOf(' ');
                    return space < 0 ? FromRoot(from, candidate) : FromRoot(from, candidate[..space]) + candidate[space..];
                }))
                : FromRoot(from, value);
            return $"{match.Groups["before"].Value}{resolved}\"";
        });
    }

    private static string FromRoot(Uri from, string reference)
    {
        if (reference.Length == 0 || reference.StartsWith('#') || reference.StartsWith('/') || Scheme().IsMatch(reference)) return reference;
        var absolute = new Uri(from, reference);
        return absolute.PathAndQuery + absolute.Fragment;
    }

    [GeneratedRegex("(?<before>\\s(?<name>href|src|srcset|action)=\")(?<value>[^\"]*)\"")]
    private static partial Regex Reference();

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();
}
