using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ZoneReport.Diagnostics;
using ZoneReport.Engine;
using ZoneReport.Model;

namespace ZoneReport.Checks;

/// <summary>
/// Text still to be written: the <see cref="Marker"/> placeholders that `zonereport new` puts in its
/// skeletons. Each one left in a file this build reads (the zones, the editions and their data, the
/// articles it builds) is a warning at its line and column, so unfinished text is never published
/// silently. Drafts left out of the build are not reported until they are built. A file's
/// placeholders depend on its text alone: they are kept with its hash from one build to the next.
/// </summary>
public static partial class Placeholders
{
    /// <summary>The word that starts every placeholder, in both languages: "TODO：标题", "TODO: the title".</summary>
    public const string Marker = "TODO";

    /// <param name="sources">The files of the site: the data files of each edition are found among them.</param>
    /// <param name="cache">Keeps each file's placeholders with its hash: an unchanged file is not read again.</param>
    public static ImmutableArray<BuildError> Check(string siteFolder, SourceHashes sources, IEnumerable<Zone> zones, IEnumerable<Edition> editions,
        IEnumerable<Article> articles, CheckCache cache)
    {
        var files = new HashSet<string>(StringComparer.Ordinal);
        files.UnionWith(zones.Select(z => z.SourceFile));
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var edition in editions)
        {
            files.Add(edition.SourceFile);
            folders.Add(Path.GetDirectoryName(edition.SourceFile)!.Replace('\\', '/'));
        }

        // Every .yml file anywhere under an edition's folder (its data, its plans), but the translation lock.
        var inFolder = folders.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (path, _) in sources.Files)
        {
            if (!path.EndsWith(".yml", StringComparison.Ordinal) || Path.GetFileName(path) == Translation.TranslationLock.FileName) continue;
            for (var slash = path.IndexOf('/'); slash > 0; slash = path.IndexOf('/', slash + 1))
            {
                if (!inFolder.Contains(path.AsSpan(0, slash))) continue;
                files.Add(path);
                break;
            }
        }

        files.UnionWith(articles.SelectMany(a => a.Texts.Values.Select(t => t.SourceFile)));
        // The sources are in ordinal order already: only a file they do not list (gone while the build ran) needs a sort.
        var ordered = sources.Files.Select(f => f.Key).Where(files.Contains).ToArray();
        if (ordered.Length != files.Count) ordered = files.Order(StringComparer.Ordinal).ToArray();
        var found = new ImmutableArray<BuildError>[ordered.Length];
        Parallel.For(0, ordered.Length, i => found[i] = cache.Warnings("placeholders", ordered[i], [sources.Of(ordered[i])], () =>
        {
            var path = Path.Combine(siteFolder, ordered[i]);
            return File.Exists(path) ? [.. Find(File.ReadAllText(path), ordered[i])] : [];
        }));
        return [.. found.SelectMany(w => w)];
    }

    /// <summary>Every placeholder in one file's text, outside YAML comments.</summary>
    public static IEnumerable<BuildError> Find(string text, string file)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var comment = line.TrimStart().StartsWith('#') && !file.EndsWith(".md", StringComparison.Ordinal);
            if (comment) continue;
            foreach (Match match in MarkerPattern().Matches(line))
            {
                var rest = line[match.Index..].TrimEnd('\r', '"', ' ');
                yield return new BuildError(new SourceLocation(file, i + 1, match.Index + 1),
                    $"unfinished: the placeholder “{Shorten(rest)}” is still here and would be published",
                    $"write the real text in its place (it was left by `zonereport new`)");
            }
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex(@"(?<![A-Za-z])TODO(?=[:：])")]
    private static partial Regex MarkerPattern();
}
