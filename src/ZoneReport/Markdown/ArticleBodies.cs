using System.Collections.Immutable;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ZoneReport.Data;
using ZoneReport.Diagnostics;
using ZoneReport.Model;
using ZoneReport.Yaml;

namespace ZoneReport.Markdown;

/// <summary>An article in one language that a link points to.</summary>
public sealed record LinkTarget(Article Article, ArticleText Text);

/// <summary>An article's parsed body, and the articles its .md links point to (by the link as written).</summary>
public sealed record ArticleBody(MarkdownDocument Document, ImmutableDictionary<string, LinkTarget> LinkTargets);

/// <summary>
/// What checking one body may look at besides the body: the site, every article by source file,
/// the parsed document of any other article (for its anchors, and for the original of a
/// translation), and the errors found before (so that what only follows from them is not reported
/// again: a link to an article whose file failed to load, a photo from a photos.yml that failed).
/// </summary>
/// <param name="SoundBodyOf">The checked body of another article, or null if it has errors (reported on their own).</param>
public sealed record BodyChecks(
    SiteContent Content,
    IReadOnlyDictionary<string, LinkTarget> BySourceFile,
    Func<ArticleText, MarkdownDocument> DocumentOf,
    Func<ArticleText, ArticleBody?> SoundBodyOf,
    ErrorCollector? Earlier = null)
{
    public bool FailedEarlier(string file) => Earlier?.HasErrorsIn(file) ?? false;

}

/// <summary>
/// Parses article bodies and checks what they refer to: embedded photos, figures and plans must
/// exist in the edition's data and stand on lines of their own, every language places the same
/// ones, links to other articles must name existing files in the same language (and anchors that
/// exist there), and only safe attributes and addresses are allowed.
/// </summary>
public sealed class ArticleBodies(MarkdownRenderer markdown)
{
    private static readonly string[] SafeSchemes = ["http:", "https:", "mailto:", "tel:"];

    public MarkdownDocument Parse(ArticleText text)
    {
        try
        {
            return markdown.Parse(text.Body);
        }
        catch (ArgumentException e) when (e.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            // Limits.MarkdownNesting refuses such input first; this stays in case Markdig finds a nesting the scan does not count.
            throw new BuildException(new SourceLocation(text.SourceFile, text.BodyFirstLine, 0),
                "Markdown elements in the article are nested too deeply for the Markdown parser",
                "look for a long run of '>', '-', '[' or '*' in the text and remove what was not meant");
        }
    }

    public ImmutableDictionary<ArticleText, ArticleBody> ParseAndCheck(SiteContent content)
    {
        var errors = new ErrorCollector();
        var bodies = ParseAndCheck(content, errors);
        errors.ThrowIfAny();
        return bodies;
    }

    /// <summary>Parses and checks every body, reporting into <paramref name="errors"/> (and reading it for what failed before).</summary>
    public ImmutableDictionary<ArticleText, ArticleBody> ParseAndCheck(SiteContent content, ErrorCollector errors)
    {
        var texts = content.Articles.SelectMany(a => a.Texts.Values.Select(t => (Article: a, Text: t))).ToList();
        var bodies = new BodiesOnDemand(this, content, errors);
        var checkedBodies = new ArticleBody?[texts.Count];
        Parallel.For(0, texts.Count, i => checkedBodies[i] = errors.Try(() => bodies.Of(texts[i].Article, texts[i].Text)));
        return texts.Select((t, i) => (t.Text, Body: checkedBodies[i] ?? new ArticleBody(bodies.Document(t.Text), ImmutableDictionary<string, LinkTarget>.Empty)))
            .ToImmutableDictionary(p => p.Text, p => p.Body, ReferenceEqualityComparer.Instance as IEqualityComparer<ArticleText>);
    }

    /// <summary>Every article text by its source file, for resolving links.</summary>
    public static Dictionary<string, LinkTarget> TargetsBySourceFile(SiteContent content) =>
        content.Articles.SelectMany(a => a.Texts.Values.Select(t => new LinkTarget(a, t)))
            .ToDictionary(t => t.Text.SourceFile, StringComparer.Ordinal);

    /// <summary>Parses and checks one body; throws every problem found in it.</summary>
    public ArticleBody ParseAndCheck(SiteContent content, Article article, ArticleText text, IReadOnlyDictionary<string, LinkTarget> bySourceFile)
    {
        var others = new BodiesOnDemand(this, content);
        return Check(article, text, Parse(text), new BodyChecks(content, bySourceFile, others.Document, others.SoundBodyOf));
    }

    /// <summary>Checks one parsed body; throws every problem found in it.</summary>
    public static ArticleBody Check(Article article, ArticleText text, MarkdownDocument document, BodyChecks context)
    {
        var errors = new ErrorCollector();
        var targets = CheckLinks(document, text, context, errors);
        CheckEmbeds(document, text, context.Content.DataOf(article.Edition), article.Edition, context, errors);
        Placements.CheckInline(document, text, errors);
        if (!errors.HasErrors) Placements.CheckParity(article, text, document, context, errors);
        CheckAttributes(document, text, context.Content.Config.Languages.Select(l => l.Code).ToHashSet(StringComparer.Ordinal), errors);
        errors.ThrowIfAny();
        return new ArticleBody(document, targets);
    }

    private static ImmutableDictionary<string, LinkTarget> CheckLinks(MarkdownDocument document, ArticleText text, BodyChecks context, ErrorCollector errors)
    {
        var targets = ImmutableDictionary.CreateBuilder<string, LinkTarget>(StringComparer.Ordinal);
        foreach (var link in document.Descendants<LinkInline>())
        {
            var url = link.Url ?? "";
            var where = At(text, link);
            if (link.IsImage)
            {
                errors.Add(where, "images are placed with photos.yml, not with Markdown image syntax",
                    "add the photo to photos.yml and write [[photo: its-id]] on a line of its own");
                continue;
            }

            if (url.StartsWith('#'))
            {
                CheckAnchor(url[1..], Anchors.Of(document), "this article", where, errors);
                continue;
            }

            if (SafeSchemes.Any(s => url.StartsWith(s, StringComparison.OrdinalIgnoreCase))) continue;
            var path = url.Split('#')[0];
            if (url.Contains(':') && !path.EndsWith(".md", StringComparison.Ordinal))
            {
                errors.Add(where, $"the link '{url}' uses an address type that is not allowed",
                    "link to web pages with http:// or https://, or to another article by its .md file name");
                continue;
            }

            if (!path.EndsWith(".md", StringComparison.Ordinal))
            {
                errors.Add(where, $"the link '{url}' points to no article",
                    "link to another article by its file name, such as decade-review.en.md, or give a full https:// address");
                continue;
            }

            var folder = Path.GetDirectoryName(text.SourceFile)!.Replace('\\', '/');
            var resolved = Normalize(folder + "/" + Uri.UnescapeDataString(path));
            if (resolved is not null && context.BySourceFile.TryGetValue(resolved, out var target))
            {
                if (target.Text.Language != text.Language)
                {
                    var same = target.Article.In(text.Language);
                    errors.Add(where, $"this {text.Language.Name} article links to the {target.Text.Language.Name} page '{path}'",
                        same is null
                            ? $"link to the {text.Language.Name} translation of that article once it exists; readers of this page expect pages in their language"
                            : $"link to its {text.Language.Name} translation instead: '{Path.GetFileName(same.SourceFile)}{(url.Contains('#') ? url[url.IndexOf('#')..] : "")}'");
                    continue;
                }

                targets[url] = target;
                if (url.IndexOf('#') is var hash and >= 0)
                {
                    CheckAnchor(url[(hash + 1)..], Anchors.Of(context.DocumentOf(target.Text)), resolved, where, errors);
                }
            }
            else if (resolved is null || !context.FailedEarlier(resolved))
            {
                errors.Add(where, $"broken link: '{url}' does not exist",
                    $"check the file name; links are relative to {folder}/ (a draft is built only with --drafts, an article before its publish_at only with --future)");
            }
        }

        return targets.ToImmutable();
    }

    private static void CheckAnchor(string anchor, IReadOnlySet<string> known, string page, SourceLocation where, ErrorCollector errors)
    {
        var id = Uri.UnescapeDataString(anchor);
        if (id.Length == 0 || known.Contains(id)) return;
        var close = known.Where(k => EditDistance.Between(k, id) <= Math.Max(2, id.Length / 3)).Order(StringComparer.Ordinal).FirstOrDefault();
        errors.Add(where, $"the link points to '#{id}', which is not a place in {page}",
            close is not null
                ? $"did you mean '#{close}'?"
                : "link to a heading's anchor (its text in lower case, spaces as '-'), to {#id} set on a paragraph, or to photo-<id> / plan-<id> of a placement");
    }

    private static void CheckEmbeds(MarkdownDocument document, ArticleText text, EditionData data, Edition edition, BodyChecks context, ErrorCollector errors)
    {
        var editionFolder = Path.GetDirectoryName(edition.SourceFile)!.Replace('\\', '/');
        bool DataFailed(EmbedKind kind, string id)
        {
            var name = kind.ToString().ToLowerInvariant();
            return context.Earlier is { } earlier &&
                   (earlier.HasFailed(DataIds.FailedName(name, editionFolder, id)) || earlier.HasFailed(DataIds.FailedName(name, editionFolder, "*")));
        }
        var placed = new Dictionary<(EmbedKind, string), EmbedBlock>();
        foreach (var embed in document.Descendants<EmbedBlock>())
        {
            var where = At(text, embed);
            // A photo or plan carries an HTML id, so a second placement would break links to it.
            if (embed.Kind != EmbedKind.Malformed && !placed.TryAdd((embed.Kind, embed.Id), embed))
            {
                var first = At(text, placed[(embed.Kind, embed.Id)]);
                errors.Add(where, $"{embed.Kind.ToString().ToLowerInvariant()} '{embed.Id}' is placed twice in this article (first at line {first.Line})",
                    "keep one of the two placements");
                continue;
            }

            var (found, file, known) = embed.Kind switch
            {
                EmbedKind.Photo => (data.FindPhoto(embed.Id) is not null, "photos.yml", data.Photos.Select(p => p.Id)),
                EmbedKind.Figure => (data.FindFigure(embed.Id) is not null, "figures.yml", data.Figures.Select(f => f.Id)),
                EmbedKind.Plan => (data.FindPlan(embed.Id) is not null, "plans/", data.Plans.Select(p => p.Slug)),
                _ => (false, "", Enumerable.Empty<string>()),
            };
            if (embed.Kind == EmbedKind.Malformed)
            {
                errors.Add(where, $"'{embed.Text}' is not a photo, figure or plan placement",
                    "write [[photo: id]], [[figure: id]] or [[plan: id]] on a line of its own");
            }
            else if (!found && !DataFailed(embed.Kind, embed.Id))
            {
                var what = embed.Kind.ToString().ToLowerInvariant();
                var ids = known.Order(StringComparer.Ordinal).ToList();
                errors.Add(where, $"unknown {what} id '{embed.Id}'",
                    ids.Count == 0
                        ? $"this edition has no {what}s: add it to {file} in the edition folder"
                        : $"add it to {file} in the edition folder, or use one of: {string.Join(", ", ids)}");
            }
        }
    }

    /// <summary>
    /// Generic attributes may set classes, ids and the language of a passage (<c>{lang=zh-Hans}</c>,
    /// a code of the site's languages): no event handlers or styles from content.
    /// </summary>
    private static void CheckAttributes(MarkdownDocument document, ArticleText text, IReadOnlySet<string> languageCodes, ErrorCollector errors)
    {
        foreach (var node in document.Descendants())
        {
            if (node.TryGetAttributes() is not { Properties: { Count: > 0 } properties }) continue;
            foreach (var property in properties)
            {
                if (property.Key == "lang")
                {
                    if (property.Value is { } code && languageCodes.Contains(code)) continue;
                    errors.Add(At(text, node), $"'lang={property.Value}' is not a language of this site",
                        $"write one of the codes in site.yml: {string.Join(", ", languageCodes.Order(StringComparer.Ordinal))}");
                    continue;
                }

                errors.Add(At(text, node), $"the attribute '{property.Key}' is not allowed in an article",
                    "only {.class}, {#id} and {lang=...} may be set; remove the rest");
            }
        }
    }

    internal static SourceLocation At(ArticleText text, MarkdownObject node) =>
        new(text.SourceFile, text.BodyFirstLine + node.Line, node.Column + 1);

    private static string? Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part is "" or ".") continue;
            if (part == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }
}
