using System.Collections.Immutable;
using ZoneReport.Configuration;
using ZoneReport.Content;
using ZoneReport.Diagnostics;
using ZoneReport.Markdown;

namespace ZoneReport.Translation;

/// <summary>
/// Records, after a translator has finished, what each translation of an article was made from:
/// the original's blocks now, into the edition's lock file (the entry point of `zonereport translated`
/// and of `new article`).
/// </summary>
public static class TranslationRecorder
{
    /// <param name="article">zone/edition/name, e.g. zhoukou-edz/2022/plan-11346.</param>
    /// <param name="date">The day the translation is recorded as made (the command gives today unless told).</param>
    /// <returns>The translation files recorded, relative to the site folder.</returns>
    public static ImmutableArray<string> Record(string siteFolder, string article, DateOnly date)
    {
        var config = SiteConfigLoader.Load(siteFolder);
        var parts = article.Replace('\\', '/').Trim('/').Split('/');
        if (parts.Length != 3 || parts.Any(p => p.Length == 0 || p is "." or ".."))
        {
            throw new BuildException(SourceLocation.FileOnly(ContentLoader.ContentFolder),
                $"'{article}' does not name an article", "write it as zone/edition/name, e.g. zhoukou-edz/2022/plan-11346");
        }

        var name = parts[2].EndsWith(".md", StringComparison.Ordinal) ? parts[2].Split('.')[0] : parts[2];
        var folder = $"{ContentLoader.ContentFolder}/{parts[0]}/{parts[1]}";
        var original = config.DefaultLanguage;
        var sourceFile = $"{folder}/{name}.{original.Id}.md";
        var sourcePath = Path.Combine(siteFolder, sourceFile);
        if (!File.Exists(sourcePath))
        {
            throw new BuildException(SourceLocation.FileOnly(sourceFile), $"there is no original to record: {sourceFile} does not exist",
                $"check the name; the {original.Name} article of '{article}' is read from {sourceFile}");
        }

        var text = ArticleTextReader.Read(File.ReadAllText(sourcePath), sourceFile, name, original);
        var blocks = BlockSegmenter.Split(new MarkdownRenderer().Parse(text.Body), text.BodyFirstLine);
        var lockFile = $"{folder}/{TranslationLock.FileName}";
        var lockPath = Path.Combine(siteFolder, lockFile);
        var locks = TranslationLock.Read(lockPath, lockFile);
        var recorded = ImmutableArray.CreateBuilder<string>();
        foreach (var language in config.Languages.Skip(1))
        {
            var translation = $"{name}.{language.Id}.md";
            if (!File.Exists(Path.Combine(siteFolder, folder, translation))) continue;
            locks = locks.With(TranslationPairs.RecordOf(translation, Path.GetFileName(sourceFile), date, blocks));
            recorded.Add($"{folder}/{translation}");
        }

        if (recorded.Count == 0)
        {
            var expected = string.Join(", ", config.Languages.Skip(1).Select(l => $"{folder}/{name}.{l.Id}.md"));
            throw new BuildException(SourceLocation.FileOnly(sourceFile), $"there is no translation of {sourceFile} to record",
                $"write the translation first ({expected}), then record it");
        }

        File.WriteAllText(lockPath, locks.Write());
        return recorded.ToImmutable();
    }
}
