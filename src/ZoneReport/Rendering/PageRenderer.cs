using System.Collections.Concurrent;
using Markdig.Syntax;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using ZoneReport.Diagnostics;
using ZoneReport.Formats;
using ZoneReport.Formats.Corrections;
using ZoneReport.Markdown;
using ZoneReport.Model;

namespace ZoneReport.Rendering;

/// <summary>
/// Renders pages: the page's template, then layouts/base.html around it. Safe to call from many
/// threads; each thread borrows its own template context, which keeps Scriban's caches warm.
/// </summary>
public sealed class PageRenderer(
    SiteContent content,
    TemplateSet templates,
    Dictionary dictionary,
    Assets assets,
    IReadOnlyDictionary<string, ContentViews> views,
    Func<Article, ArticleText, ArticleBody> bodyOf,
    MarkdownRenderer markdown,
    bool search = false)
{
    public const string Layout = "layouts/base.html";

    private readonly ConcurrentBag<EscapingTemplateContext> _contexts = new();
    private readonly IReadOnlyList<Feed> _feeds = AtomFeed.List(content);

    public string Render(PageSpec page)
    {
        var template = templates.Get(page.Template, SourceLocation.FileOnly($"{TemplateSet.Folder}/{page.Template}"));
        var layout = templates.Get(Layout, SourceLocation.FileOnly($"{TemplateSet.Folder}/{Layout}"));
        var context = _contexts.TryTake(out var pooled) ? pooled : new EscapingTemplateContext(templates, content.Config.Limits);
        var globals = Globals(page, context);
        context.PushGlobal(globals);
        // The model of what the page is about (its edition, article or plan) is made once for the whole page.
        var subject = page.Data.ContainsKey(page.Kind) && page.Data[page.Kind] is DeferredView deferred ? deferred.Hold() : null;
        var reusable = false;
        try
        {
            if (page.Body is var (article, text))
            {
                globals["body"] = new HtmlString(RenderBody(page, article, text, context));
                var body = bodyOf(article, text);
                globals["toc"] = TableOfContents.Of(body.Document);
                globals["article_figures"] = FiguresOf(article, body, page.Language);
            }

            globals["content"] = new HtmlString(template.Render(context));
            var html = layout.Render(context);
            RenderLimits.CheckEnding(html, templates.LiteralEnding(Layout), page);
            reusable = true;
            return ChineseRunMarker.MarkPage(html, content.Config, page.Language);
        }
        catch (ScriptRuntimeException e) when (RenderLimits.IsLimit(e))
        {
            throw RenderLimits.Reached(e, page, content.Config.Limits);
        }
        catch (ScriptRuntimeException e)
        {
            throw TemplateError(e, page);
        }
        finally
        {
            GC.KeepAlive(subject);
            context.PopGlobal();
            // A render stopped by an error leaves the context mid-page (its output and budgets): never reuse it.
            if (reusable) _contexts.Add(context);
        }
    }

    private ScriptObject Globals(PageSpec page, TemplateContext context)
    {
        var language = page.Language;
        var config = content.Config;
        string Link(string target) => Urls.Relative(page.Path, target);

        var alternates = new ScriptArray();
        foreach (var other in config.Languages)
        {
            alternates.Add(new ScriptObject { ["code"] = other.Code, ["url"] = Urls.Absolute(config.BaseUrl, page.Alternates[other.Id]) });
        }

        var languages = new ScriptArray();
        foreach (var other in config.Languages)
        {
            languages.Add(new ScriptObject
            {
                ["id"] = other.Id, ["code"] = other.Code, ["name"] = other.Name, ["current"] = other == language,
                ["url"] = Link(page.Alternates[other.Id]), ["home"] = PagePaths.Home(other),
                ["title"] = config.Title[other], ["description"] = config.Description[other],
                ["enter"] = dictionary.Find(other, "enter_site"), ["home_label"] = dictionary.Find(other, "home_link"),
            });
        }

        var globals = new ScriptObject
        {
            ["site"] = new ScriptObject
            {
                ["title"] = config.Title[language],
                ["description"] = config.Description[language],
                ["languages"] = languages,
                ["editions"] = views[language.Id].AllEditions,
                ["zones"] = views[language.Id].AllZones,
                ["years"] = views[language.Id].Years,
                ["search"] = search ? PagePaths.Search(language) : null,
                ["base_path"] = config.BaseUrl.AbsolutePath,
            },
            ["lang"] = new ScriptObject { ["id"] = language.Id, ["code"] = language.Code, ["name"] = language.Name, ["home"] = PagePaths.Home(language) },
            ["page"] = new ScriptObject
            {
                ["kind"] = page.Kind,
                ["path"] = page.Path,
                ["title"] = page.Title,
                ["description"] = page.Description ?? config.Description[language],
                ["canonical"] = Urls.Absolute(config.BaseUrl, page.Path),
                ["alternates"] = alternates,
                ["x_default"] = Urls.Absolute(config.BaseUrl, page.Alternates[config.DefaultLanguage.Id]),
                ["switch_is_fallback"] = page.SwitchIsFallback,
                ["json_ld"] = JsonLd.For(content, page) is { } jsonLd ? new HtmlString(jsonLd) : null,
                ["og_type"] = OpenGraph.Type(page.Kind),
                ["og_locale"] = OpenGraph.Locale(language),
                ["og_locale_alternates"] = Strings(config.Languages.Where(l => l != language).Select(OpenGraph.Locale)),
                ["published"] = page.Body is var (a, t) && ContentDates.Published(a, t) is { } published ? published.Iso : null,
                ["feeds"] = Feeds(page, Link),
                ["noindex"] = !page.Indexable,
                ["status"] = page.Body is var (article, _) ? views[language.Id].Of(article)["status"] : null,
            },
            ["generator"] = Generator.NameAndVersion,
            ["link"] = new TemplateFunction("link", 1, (_, _, args) => Link(args[0]?.ToString() ?? "")),
            ["srcset"] = new TemplateFunction("srcset", 1, (_, _, args) => args[0] is ScriptArray variants
                ? string.Join(", ", variants.OfType<ScriptObject>().Select(v => $"{Link(v["path"]?.ToString() ?? "")} {v["width"]}w"))
                : ""),
            ["asset"] = new TemplateFunction("asset", 1, (_, node, args) =>
            {
                var name = args[0]?.ToString() ?? "";
                return Link(assets.PathOf(name) ?? throw new ScriptRuntimeException(node?.Span ?? default,
                    $"there is no asset '{name}' in {TemplateSet.Folder}/assets/"));
            }),
            ["t"] = new TemplateFunction("t", 1, (_, node, args) =>
            {
                var key = args[0]?.ToString() ?? "";
                return dictionary.Find(language, key) ?? throw new ScriptRuntimeException(node?.Span ?? default,
                    $"unknown interface word '{key}'; add it to every file in {TemplateSet.Folder}/i18n/");
            }),
        };
        // By name, so a member made when first read (DeferredView) is made now.
        foreach (var key in page.Data.Keys) globals[key] = page.Data[key];
        return globals;
    }

    private ScriptArray Feeds(PageSpec page, Func<string, string> link)
    {
        var feeds = new ScriptArray();
        var languages = page.Kind == "landing" ? content.Config.Languages : [page.Language];
        foreach (var language in languages)
        {
            foreach (var feed in AtomFeed.For(_feeds, language, page.Zone))
            {
                feeds.Add(new ScriptObject
                {
                    ["url"] = link(feed.Path), ["title"] = AtomFeed.Title(content, feed), ["lang"] = language.Code, ["type"] = AtomFeed.MediaType,
                });
            }
        }

        if (page.Kind == "corrections")
        {
            feeds.Add(new ScriptObject
            {
                ["url"] = link(CorrectionLog.FeedPath(page.Language)), ["lang"] = page.Language.Code, ["type"] = AtomFeed.MediaType,
                ["title"] = CorrectionFeed.Title(content, page.Language, key => dictionary.Find(page.Language, key) ?? key),
            });
        }

        return feeds;
    }

    private static ScriptArray Strings(IEnumerable<string> items)
    {
        var array = new ScriptArray();
        foreach (var item in items) array.Add(item);
        return array;
    }

    private string RenderBody(PageSpec page, Article article, ArticleText text, TemplateContext context)
    {
        var body = bodyOf(article, text);
        var data = content.DataOf(article.Edition);
        string Rewrite(string url) =>
            body.LinkTargets.TryGetValue(url, out var target)
                ? Urls.Relative(page.Path, PagePaths.Article(target.Text, target.Article.Edition))
                  + (url.Contains('#') ? url[url.IndexOf('#')..] : "")
                : url;

        string Embed(EmbedBlock embed)
        {
            // The checks make sure every placed id exists; only a build that already failed (its
            // data file had errors) renders a page without it, to look for template errors.
            var (partial, name, model) = embed.Kind switch
            {
                EmbedKind.Photo when data.FindPhoto(embed.Id) is { } photo =>
                    ("partials/photo.html", "photo", LeadPhoto(DataViews.Photo(photo, page.Language), embed)),
                EmbedKind.Figure when data.FindFigure(embed.Id) is { } figure =>
                    ("partials/figure.html", "figure", DataViews.Figure(figure, page.Language)),
                EmbedKind.Plan when data.FindPlan(embed.Id) is { } plan =>
                    ("partials/plan.html", "plan", DataViews.Plan(plan, article.Edition, page.Language)),
                _ => ("", "", (ScriptObject?)null),
            };
            if (model is null) return "";
            context.PushGlobal(new ScriptObject { [name] = model });
            try
            {
                return templates.Get(partial, new SourceLocation(text.SourceFile, text.BodyFirstLine + embed.Line, embed.Column + 1)).Render(context);
            }
            finally
            {
                context.PopGlobal();
            }
        }

        return markdown.Render(body.Document, Rewrite, Embed);
    }

    /// <summary>
    /// The edition's key figures that belong to this article (their <c>article:</c> names it) and
    /// that its text does not already place with [[figure: id]]: shown at the article's end.
    /// </summary>
    private ScriptArray FiguresOf(Article article, ArticleBody body, Language language)
    {
        var placed = body.Document.Descendants<EmbedBlock>().Where(e => e.Kind == EmbedKind.Figure).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var figures = new ScriptArray();
        foreach (var figure in content.DataOf(article.Edition).Figures)
        {
            if (figure.ArticleKey == article.Key && !placed.Contains(figure.Id)) figures.Add(DataViews.Figure(figure, language));
        }

        return figures;
    }

    /// <summary>A photo at the top of an article is on screen at once: the page loads it first rather than lazily.</summary>
    private static ScriptObject LeadPhoto(ScriptObject photo, EmbedBlock embed)
    {
        photo["lead"] = embed.Parent is Markdig.Syntax.MarkdownDocument document && document.IndexOf(embed) <= 1;
        return photo;
    }

    private static BuildException TemplateError(ScriptRuntimeException e, PageSpec page)
    {
        var span = e.Span;
        var file = string.IsNullOrEmpty(span.FileName) ? $"{TemplateSet.Folder}/{page.Template}" : span.FileName;
        var message = e.OriginalMessage;
        var hint = message.Contains("was not found", StringComparison.Ordinal)
            ? $"check the spelling; on {page.Kind} pages the template can use: site, lang, page, link, asset, t{string.Concat(page.Data.Keys.Select(k => ", " + k))}"
            : "see the Scriban documentation for the syntax, and README.md for what templates receive";
        // The page goes in the context, not the message: one mistake met on every page is one error.
        return new BuildException(new BuildError(new SourceLocation(file, span.Start.Line + 1, span.Start.Column + 1),
            $"template error: {message}", hint) { Context = $"while rendering {page.Path}" });
    }
}
