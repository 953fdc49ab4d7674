using System.Collections.Immutable;
using ZoneReport.Content;
using ZoneReport.Diagnostics;
using ZoneReport.Formats.Citations;
using ZoneReport.Limits;
using ZoneReport.Markdown;
using ZoneReport.Model;
using ZoneReport.Rendering;
using ZoneReport.Site;

namespace ZoneReport.Engine;

/// <summary>
/// The preview's first answer to a save (like Hugo's "fast render"): the page of each saved article,
/// rendered from the model of the last good build with only those articles read again, before the
/// full rebuild. It does only the case it can do from that model: every saved file is the text of
/// an article the model has, still in its place (same address, same publishing), and it reads and
/// renders without an error. Anything else (a new, renamed or broken article, data, templates,
/// site.yml) gets no quick page: the full rebuild is the answer.
/// The quick page may still show the other pages' state from before the save (the edition's list of
/// titles on a neighbour's pager, a translation notice): the full rebuild right after makes every
/// page exactly as `build` does and replaces it.
/// </summary>
public static class QuickRender
{
    /// <param name="saved">The saved files, relative to the site folder ("content/zone/2022/news.en.md").</param>
    /// <returns>The quick pages (output path and bytes), or null when the saves are not a case it can do.</returns>
    public static IReadOnlyList<(string Path, byte[] Bytes)>? PagesOf(RenderModel model, string siteFolder, IReadOnlyCollection<string> saved,
        PublishingRules publishing)
    {
        var config = model.Content.Config;
        var textsByFile = new Dictionary<string, (int Index, ArticleText Text)>(StringComparer.Ordinal);
        var articles = model.Content.Articles;
        for (var i = 0; i < articles.Length; i++)
        {
            foreach (var text in articles[i].Texts.Values) textsByFile[text.SourceFile] = (i, text);
        }

        var builder = articles.ToBuilder();
        var changed = new List<(int Index, ArticleText Old, ArticleText New)>();
        foreach (var file in saved.Distinct(StringComparer.Ordinal))
        {
            // An editor's temporary file, gone again after an atomic save, is not part of the site.
            var exists = File.Exists(Path.Combine(siteFolder, file));
            if (!exists && !textsByFile.ContainsKey(file)) continue;
            if (!exists || !textsByFile.TryGetValue(file, out var found)) return null;
            var article = builder[found.Index];
            if (Reread(siteFolder, file, article, found.Text, config) is not { } text) return null;
            var texts = article.Texts.SetItem(text.Language.Id, text);
            var errors = new ErrorCollector();
            var now = publishing.Of(texts.Values.ToList(), errors);
            if (errors.HasErrors || now != article.Publishing) return null;
            builder[found.Index] = article with { Texts = texts };
            changed.Add((found.Index, found.Text, text));
        }

        if (changed.Count == 0) return null;

        // A new record, not `with`: the content's index of articles by edition must be made again.
        var old = model.Content;
        var content = new SiteContent(old.Config, old.Zones, old.Editions, builder.ToImmutable(), old.Data);
        var views = model.Views.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
        foreach (var (index, _, _) in changed)
        {
            foreach (var language in config.Languages) views[language.Id] = views[language.Id].WithArticle(content, content.Articles[index]);
        }

        var bodies = new BodiesOnDemand(new ArticleBodies(model.Markdown), content);
        var renderer = new PageRenderer(content, model.Templates, model.Dictionary, model.Assets, views, bodies.Of, model.Markdown, model.Search);
        var pages = new List<(string, byte[])>();
        foreach (var (index, was, text) in changed)
        {
            var page = SitePages.ArticlePage(content, views[text.Language.Id], content.Articles[index], text, model.TranslationNotices.GetValueOrDefault(was));
            Citations.Attacher(Citations.For(content, [page]))(page);
            try
            {
                pages.Add((page.Path, NodeOutput.Text(renderer.Render(page)).Bytes));
            }
            catch (BuildException)
            {
                return null;
            }
        }

        return pages;
    }

    /// <summary>The saved text as the loader reads it, or null when it has errors or would move the page.</summary>
    private static ArticleText? Reread(string siteFolder, string file, Article article, ArticleText was, SiteConfig config)
    {
        try
        {
            var source = SourceLimits.Read(Path.Combine(siteFolder, file), file, config.Limits);
            var read = ArticleTextReader.ReadWithProvenance(source, file, article.Key, was.Language, config.BaseUrl);
            // What the front matter does not say about the source comes from the edition, as the loader does it.
            var text = read.Text with { Provenance = read.Provenance.Over(article.Edition.Source.In(was.Language)) };
            return PagePaths.Article(text, article.Edition) == PagePaths.Article(was, article.Edition) ? text : null;
        }
        catch (Exception e) when (e is BuildException || IoErrors.IsIo(e))
        {
            return null;
        }
    }
}
