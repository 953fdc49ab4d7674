using System.Collections.Immutable;
using System.Text;
using ZoneReport.Configuration;
using ZoneReport.Content;
using ZoneReport.Diagnostics;
using ZoneReport.Model;

namespace ZoneReport.Scaffolding;

/// <summary>
/// `zonereport new`: writes the skeleton files of a new zone, edition or article (in every language
/// of site.yml) that build at once. It never overwrites a file: when any file it would write exists,
/// it writes nothing. Names are checked first, with a name that would do in the hint.
/// </summary>
public static class Scaffold
{
    /// <summary>content/&lt;slug&gt;/zone.yml.</summary>
    /// <returns>The files written, relative to the site folder.</returns>
    public static ImmutableArray<string> Zone(string siteFolder, string slug)
    {
        var config = SiteConfigLoader.Load(siteFolder);
        var parts = Split(slug, 1, "a zone", "zhoukou-edz");
        CheckName(parts[0], "zone", parts[0]);
        var order = Folders(Path.Combine(siteFolder, ContentLoader.ContentFolder)).Count() + 1;
        return Write(siteFolder, [($"{ContentLoader.ContentFolder}/{parts[0]}/zone.yml", Skeletons.Zone(parts[0], config.Languages, order))]);
    }

    /// <summary>content/&lt;zone&gt;/&lt;year&gt;/edition.yml, in a zone that exists.</summary>
    public static ImmutableArray<string> Edition(string siteFolder, string zoneAndYear)
    {
        var config = SiteConfigLoader.Load(siteFolder);
        var parts = Split(zoneAndYear, 2, "an edition", "zhoukou-edz/2024");
        CheckName(parts[0], "zone", zoneAndYear);
        CheckName(parts[1], "edition", zoneAndYear);
        var year = YearOf(parts[1], zoneAndYear);
        RequireFile(siteFolder, $"{ContentLoader.ContentFolder}/{parts[0]}/zone.yml", $"there is no zone '{parts[0]}'",
            $"create it first with 'zonereport new zone {parts[0]}', or check the name ({Existing(siteFolder, ContentLoader.ContentFolder)})");
        var file = $"{ContentLoader.ContentFolder}/{parts[0]}/{parts[1]}/edition.yml";
        return Write(siteFolder, [(file, Skeletons.Edition(parts[0], parts[1], year, config.Languages))]);
    }

    /// <summary>
    /// content/&lt;zone&gt;/&lt;edition&gt;/&lt;name&gt;.&lt;language&gt;.md for every language, as drafts, in an edition that exists.
    /// The caller records the translations as made from the new original (the translation lock).
    /// </summary>
    public static ImmutableArray<string> Article(string siteFolder, string path)
    {
        var config = SiteConfigLoader.Load(siteFolder);
        var parts = Split(path, 3, "an article", "zhoukou-edz/2022/plan-11346");
        if (parts[2].EndsWith(".md", StringComparison.Ordinal))
        {
            var stem = parts[2].Split('.')[0];
            throw new BuildException(SourceLocation.PathOnly(path), $"'{path}' names a file; new article takes the article's name",
                $"leave out the language and '.md': zonereport new article {parts[0]}/{parts[1]}/{stem}");
        }

        CheckName(parts[0], "zone", path);
        CheckName(parts[1], "edition", path);
        CheckName(parts[2], "article", path);
        var folder = $"{ContentLoader.ContentFolder}/{parts[0]}/{parts[1]}";
        RequireFile(siteFolder, $"{folder}/edition.yml", $"there is no edition '{parts[0]}/{parts[1]}'",
            $"create it first with 'zonereport new edition {parts[0]}/{parts[1]}', or check the name ({Existing(siteFolder, $"{ContentLoader.ContentFolder}/{parts[0]}")})");
        var original = config.DefaultLanguage;
        var order = Directory.EnumerateFiles(Path.Combine(siteFolder, folder), $"*.{original.Id}.md").Count() + 1;
        var files = config.Languages.Select(l => ($"{folder}/{parts[2]}.{l.Id}.md", Skeletons.Article(parts[2], l, original, order))).ToList();
        return Write(siteFolder, files);
    }

    private static string[] Split(string given, int count, string what, string example)
    {
        var parts = given.Replace('\\', '/').Trim('/').Split('/');
        if (parts.Length == count && parts.All(p => p.Length > 0)) return parts;
        var shape = count switch { 1 => "zone", 2 => "zone/year", _ => "zone/year/name" };
        throw new BuildException(SourceLocation.PathOnly(given), $"'{given}' does not name {what}",
            $"write it as {shape}, e.g. {example}");
    }

    private static void CheckName(string name, string what, string given)
    {
        if (Slugs.IsValid(name)) return;
        throw new BuildException(SourceLocation.PathOnly(given),
            $"the {what} name '{name}' may only hold lower-case letters, digits and '-' (it becomes part of the address)",
            $"use a name such as '{(what == "edition" ? SuggestEdition(name) : Slugs.Suggest(name))}'");
    }

    /// <summary>An edition folder is named for its year: 2024, or 2024-special for a second one that year.</summary>
    private static int YearOf(string folder, string given)
    {
        if (folder.Length >= 4 && int.TryParse(folder[..4], out var year) && year >= 1900 && (folder.Length == 4 || folder[4] == '-')) return year;
        throw new BuildException(SourceLocation.PathOnly(given), $"the edition name '{folder}' does not start with its year",
            $"name the edition for the year of its pages, e.g. 2024, or 2024-{Slugs.Suggest(folder)} for a second edition that year");
    }

    private static string SuggestEdition(string name)
    {
        var suggested = Slugs.Suggest(name);
        return suggested == Slugs.Fallback ? "2024" : suggested;
    }

    private static void RequireFile(string siteFolder, string file, string message, string hint)
    {
        if (!File.Exists(Path.Combine(siteFolder, file))) throw new BuildException(SourceLocation.PathOnly(file), message, hint);
    }

    private static string Existing(string siteFolder, string folder)
    {
        var names = Folders(Path.Combine(siteFolder, folder)).ToList();
        return names.Count == 0 ? $"{folder}/ holds none yet" : $"{folder}/ holds {string.Join(", ", names)}";
    }

    private static IEnumerable<string> Folders(string path) =>
        Directory.Exists(path) ? Directory.EnumerateDirectories(path).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal) : [];

    /// <summary>Writes every file, or none when one of them exists already.</summary>
    private static ImmutableArray<string> Write(string siteFolder, IReadOnlyList<(string File, string Text)> files)
    {
        var existing = files.Where(f => File.Exists(Path.Combine(siteFolder, f.File)) || Directory.Exists(Path.Combine(siteFolder, f.File))).ToList();
        if (existing.Count > 0)
        {
            throw new BuildException(existing.Select(f => new BuildError(SourceLocation.PathOnly(f.File),
                $"{f.File} exists already; new never overwrites a file",
                "choose another name, or edit the file that is there")).ToList());
        }

        foreach (var (file, text) in files)
        {
            var path = Path.Combine(siteFolder, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
            stream.Write(bytes);
        }

        return [.. files.Select(f => f.File)];
    }
}
