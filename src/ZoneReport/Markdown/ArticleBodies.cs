using System.Collections.Immutable;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ZoneReport.Diagnostics;
using ZoneReport.Model;

namespace ZoneReport.Markdown;

/// <summary>An article in one language that a link points to.</summary>
public sealed record LinkTarget(Article Article, ArticleText Text);

/// <summary>An article's parsed body, and the articles its .md links point to (by the link as written).</summary>
public sealed record ArticleBody(MarkdownDocument Document, ImmutableDictionary<string, LinkTarget> LinkTargets);

/// <summary>
/// Parses every article body once and checks what it refers to: embedded photos, figures and plans
/// must exist in the edition's data, links to other articles must name existing files, and only
/// safe attributes and addresses are allowed.
/// </summary>
public sealed class ArticleBodies(MarkdownRenderer markdown)
{
    private static readonly string[] SafeSchemes = ["http:", "https:", "mailto:", "tel:"];

    public ImmutableDictionary<ArticleText, ArticleBody> ParseAndCheck(SiteContent content)
    {
        var bySourceFile = TargetsBySourceFile(content);
        var errors = new ErrorCollector();
        var texts = content.Articles.SelectMany(a => a.Texts.Values.Select(t => (Article: a, Text: t))).ToList();
        var bodies = new ArticleBody?[texts.Count];
        Parallel.For(0, texts.Count, i => bodies[i] = errors.Try(() => ParseAndCheck(content, texts[i].Article, texts[i].Text, bySourceFile)));
        errors.ThrowIfAny();
        return texts.Select((t, i) => (t.Text, Body: bodies[i]!))
            .ToImmutableDictionary(p => p.Text, p => p.Body, ReferenceEqualityComparer.Instance as IEqualityComparer<ArticleText>);
    }

    /// <summary>Every article text by its source file, for resolving links.</summary>
    public static Dictionary<string, LinkTarget> TargetsBySourceFile(SiteContent content) =>
        content.Articles.SelectMany(a => a.Texts.Values.Select(t => new LinkTarget(a, t)))
            .ToDictionary(t => t.Text.SourceFile, StringComparer.Ordinal);

    /// <summary>Parses and checks one body; throws every problem found in it.</summary>
    public ArticleBody ParseAndCheck(SiteContent content, Article article, ArticleText text, IReadOnlyDictionary<string, LinkTarget> bySourceFile)
    {
        var errors = new ErrorCollector();
        var document = markdown.Parse(text.Body);
        var targets = CheckLinks(document, text, bySourceFile, errors);
        CheckEmbeds(document, text, content.DataOf(article.Edition), errors);
        CheckAttributes(document, text, errors);
        errors.ThrowIfAny();
        return new ArticleBody(document, targets);
    }

    private static ImmutableDictionary<string, LinkTarget> CheckLinks(
        MarkdownDocument document, ArticleText text, IReadOnlyDictionary<string, LinkTarget> bySourceFile, ErrorCollector errors)
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

            if (url.StartsWith('#') || SafeSchemes.Any(s => url.StartsWith(s, StringComparison.OrdinalIgnoreCase))) continue;
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
            var resolved = Normalize(folder + "/" + path);
            if (resolved is not null && bySourceFile.TryGetValue(resolved, out var target))
            {
                targets[url] = target;
            }
            else
            {
                errors.Add(where, $"broken link: '{url}' does not exist",
                    $"check the file name; links are relative to {folder}/ (a draft is not built without --drafts)");
            }
        }

        return targets.ToImmutable();
    }

    private static void CheckEmbeds(MarkdownDocument document, ArticleText text, EditionData data, ErrorCollector errors)
    {
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
            else if (!found)
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

    /// <summary>Generic attributes may set classes and ids only: no event handlers or styles from content.</summary>
    private static void CheckAttributes(MarkdownDocument document, ArticleText text, ErrorCollector errors)
    {
        foreach (var node in document.Descendants())
        {
            if (node.TryGetAttributes() is not { Properties: { Count: > 0 } properties }) continue;
            foreach (var property in properties)
            {
                errors.Add(At(text, node), $"the attribute '{property.Key}' is not allowed in an article",
                    "only {.class} and {#id} may be set; remove the rest");
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
