using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ZoneReport.Diagnostics;
using ZoneReport.Model;

namespace ZoneReport.Checks;

/// <summary>
/// Text still to be written: the <see cref="Marker"/> placeholders that `zonereport new` puts in its
/// skeletons. Each one left in a file this build reads (the zones, the editions and their data, the
/// articles it builds) is a warning at its line and column, so unfinished text is never published
/// silently. Drafts left out of the build are not reported until they are built.
/// </summary>
public static partial class Placeholders
{
    /// <summary>The word that starts every placeholder, in both languages: "TODO：标题", "TODO: the title".</summary>
    public const string Marker = "TODO";

    public static ImmutableArray<BuildError> Check(string siteFolder, IEnumerable<Zone> zones, IEnumerable<Edition> editions, IEnumerable<Article> articles)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        files.UnionWith(zones.Select(z => z.SourceFile));
        foreach (var edition in editions)
        {
            files.Add(edition.SourceFile);
            var folder = Path.Combine(siteFolder, Path.GetDirectoryName(edition.SourceFile)!);
            if (!Directory.Exists(folder)) continue;
            files.UnionWith(Directory.EnumerateFiles(folder, "*.yml", SearchOption.AllDirectories)
                .Where(f => Path.GetFileName(f) != Translation.TranslationLock.FileName)
                .Select(f => Path.GetRelativePath(siteFolder, f).Replace('\\', '/')));
        }

        files.UnionWith(articles.SelectMany(a => a.Texts.Values.Select(t => t.SourceFile)));
        var warnings = ImmutableArray.CreateBuilder<BuildError>();
        foreach (var file in files)
        {
            var path = Path.Combine(siteFolder, file);
            if (File.Exists(path)) warnings.AddRange(Find(File.ReadAllText(path), file));
        }

        return warnings.ToImmutable();
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
