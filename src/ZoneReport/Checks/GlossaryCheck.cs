using System.Collections.Immutable;
using ZoneReport.Data;
using ZoneReport.Content;
using ZoneReport.Diagnostics;
using ZoneReport.Engine;
using ZoneReport.Model;

namespace ZoneReport.Checks;

/// <summary>
/// Warns where an English article departs from content/glossary.yml: it uses a rendering the
/// glossary says to avoid, or its Chinese original holds a glossary term and the translation never
/// gives the term's English rendering (or an accepted alternative). Matching ignores case. The
/// title, subtitle, summary and body are read; the notes are not (a translator's note may quote a
/// wrong rendering on purpose). An avoided rendering is reported only in articles whose Chinese
/// holds the term, so that a common word on the avoid list ("signed") is not flagged elsewhere.
/// </summary>
public static class GlossaryCheck
{
    private static readonly string[] FrontMatterKeys = ["title:", "subtitle:", "summary:"];

    /// <param name="cache">
    /// Keeps each article's warnings with the hashes of the glossary, site.yml and every file of the
    /// article (its Chinese original and its translations): the check reads nothing else.
    /// </param>
    public static ImmutableArray<BuildError> Check(SiteContent content, Glossary glossary, string siteFolder, SourceHashes sources, CheckCache cache)
    {
        if (glossary.Terms.IsEmpty) return [];
        var chinese = content.Config.Languages.FirstOrDefault(QuantityFormatter.IsChinese);
        if (chinese is null) return [];
        var warnings = new List<BuildError>();
        var shared = new[] { sources.Of($"{ContentLoader.ContentFolder}/{Glossary.FileName}"), sources.Of("site.yml") };
        foreach (var article in content.Articles)
        {
            if (article.In(chinese) is not { } original) continue;
            string[] inputs = [.. shared, .. article.Texts.Values.SelectMany(t => new[] { t.SourceFile, sources.Of(t.SourceFile) })];
            warnings.AddRange(cache.Warnings("glossary", original.SourceFile, inputs, () => [.. CheckArticle(article, original, chinese, glossary, siteFolder)]));
        }

        return [.. warnings.OrderBy(w => w.Location.File, StringComparer.Ordinal).ThenBy(w => w.Location.Line).ThenBy(w => w.Location.Column)];
    }

    private static IEnumerable<BuildError> CheckArticle(Article article, ArticleText original, Language chinese, Glossary glossary, string siteFolder)
    {
        var originalText = string.Join("\n", original.Title, original.Subtitle, original.Summary, original.Body);
        var terms = glossary.Terms.Where(t => originalText.Contains(t.Zh, StringComparison.Ordinal)).ToList();
        if (terms.Count == 0) return [];
        return article.Texts.Values.Where(t => t.Language.Id != chinese.Id)
            .SelectMany(translation => CheckTranslation(original, translation, terms, ReadLines(siteFolder, translation)));
    }

    private static IEnumerable<BuildError> CheckTranslation(ArticleText original, ArticleText translation, List<GlossaryTerm> terms, List<(int Line, string Text)> lines)
    {
        foreach (var term in terms)
        {
            foreach (var wrong in term.Avoid)
            {
                foreach (var (line, text) in lines)
                {
                    var column = text.IndexOf(wrong, StringComparison.OrdinalIgnoreCase);
                    if (column < 0) continue;
                    yield return new BuildError(new SourceLocation(translation.SourceFile, line, column + 1),
                        $"“{text.Substring(column, wrong.Length)}” renders {term.Zh} otherwise than the glossary",
                        $"write {Quoted(term.En)} (content/{Glossary.FileName}, {term.Origin}){(term.Note is null ? "" : ": " + term.Note)}");
                }
            }

            if (!term.Accepted.Any(ok => lines.Any(l => l.Text.Contains(ok, StringComparison.OrdinalIgnoreCase))))
            {
                var first = FirstLineWith(original, term.Zh);
                yield return new BuildError(new SourceLocation(translation.SourceFile, translation.BodyFirstLine, 1),
                    $"the Chinese article has {term.Zh} ({original.SourceFile}:{first}) but this translation never says {Quoted(term.En)}",
                    $"render {term.Zh} as the glossary does ({term.Origin}), or add the form used here to the term's 'also:' list");
            }
        }
    }

    /// <summary>The lines a reader sees: the title, subtitle and summary lines of the front matter, and the body.</summary>
    private static List<(int Line, string Text)> ReadLines(string siteFolder, ArticleText text)
    {
        var lines = new List<(int, string)>();
        var path = Path.Combine(siteFolder, text.SourceFile);
        var all = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n").Split('\n') : [];
        for (var i = 0; i < Math.Min(all.Length, text.BodyFirstLine - 1); i++)
        {
            if (FrontMatterKeys.Any(k => all[i].StartsWith(k, StringComparison.Ordinal))) lines.Add((i + 1, all[i]));
        }

        var body = text.Body.Split('\n');
        for (var i = 0; i < body.Length; i++) lines.Add((text.BodyFirstLine + i, body[i]));
        return lines;
    }

    private static string Quoted(string text) => text.StartsWith('“') ? text : $"“{text}”";

    private static int FirstLineWith(ArticleText text, string term)
    {
        var body = text.Body.Split('\n');
        var index = Array.FindIndex(body, l => l.Contains(term, StringComparison.Ordinal));
        return index < 0 ? 1 : text.BodyFirstLine + index;
    }
}
