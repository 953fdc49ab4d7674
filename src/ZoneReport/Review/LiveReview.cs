using System.Collections.Immutable;
using ZoneReport.Diagnostics;
using ZoneReport.Translation;

namespace ZoneReport.Review;

/// <summary>What the preview answers for an address under /_review/.</summary>
/// <param name="Html">The page, or null when there is none (with <paramref name="Errors"/>: the sources cannot be reviewed).</param>
/// <param name="RedirectTo">Set for "/_review" without its slash, whose pages link relatively.</param>
public sealed record ReviewAnswer(string? Html, IReadOnlyList<BuildError> Errors, string? RedirectTo = null)
{
    public static readonly ReviewAnswer NotFound = new(null, []);
}

/// <summary>
/// The translation review as the live preview serves it at /_review/: the same pages as
/// `build --review`, made from the site's sources as they are at the preview's last good build,
/// and made again on the first request after each rebuild (so a save shows there as on the site's
/// pages, and a preview nobody reviews in never pays for it). Never written to the output folder.
/// </summary>
public sealed class LiveReview(string siteFolder, bool includeDrafts)
{
    public const string Folder = "_review";
    private readonly object _gate = new();
    private (int Version, ImmutableSortedDictionary<string, string> Pages, IReadOnlyList<BuildError> Errors)? _made;

    /// <summary>Whether a request path ("/_review/…") is the review's rather than the site's.</summary>
    public static bool Serves(string requestPath)
    {
        var path = requestPath.TrimStart('/');
        return path == Folder || path.StartsWith(Folder + "/", StringComparison.Ordinal);
    }

    /// <param name="requestPath">"/_review/", "/_review/zhoukou-edz/2022/plan-11346.en.html"...</param>
    /// <param name="version">The preview's count of good builds: the pages are made again when it moves on.</param>
    public ReviewAnswer Find(string requestPath, int version)
    {
        var path = requestPath.TrimStart('/');
        if (path == Folder) return new ReviewAnswer(null, [], "/" + Folder + "/");
        if (!Serves(path)) return ReviewAnswer.NotFound;
        var inside = path[(Folder.Length + 1)..];
        if (inside.Length == 0 || inside.EndsWith('/')) inside += ReviewPages.Index;
        var (_, pages, errors) = Made(version);
        if (errors.Count > 0) return new ReviewAnswer(null, errors);
        return pages.TryGetValue(inside, out var html) ? new ReviewAnswer(html, []) : ReviewAnswer.NotFound;
    }

    private (int, ImmutableSortedDictionary<string, string>, IReadOnlyList<BuildError>) Made(int version)
    {
        lock (_gate)
        {
            if (_made is { } made && made.Version == version) return made;
            try
            {
                _made = (version, ReviewPages.Render(TranslationReview.Run(siteFolder, includeDrafts)), []);
            }
            catch (BuildException e)
            {
                _made = (version, ImmutableSortedDictionary<string, string>.Empty, e.Errors);
            }
            catch (IOException e)
            {
                // A file saved while it was read: not kept, so the next request tries again.
                return (version, ImmutableSortedDictionary<string, string>.Empty,
                    [new BuildError(SourceLocation.FileOnly(siteFolder), $"could not read the site for the review: {e.Message}", "save the file again")]);
            }

            return _made.Value;
        }
    }
}
