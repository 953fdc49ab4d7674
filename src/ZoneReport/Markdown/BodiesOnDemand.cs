using System.Collections.Concurrent;
using System.Collections.Immutable;
using Markdig.Syntax;
using ZoneReport.Diagnostics;
using ZoneReport.Model;

namespace ZoneReport.Markdown;

/// <summary>
/// Article bodies parsed and checked when first asked for, once each, from any thread. An
/// incremental build asks only for the articles whose pages it renders: the others were parsed
/// and checked by an earlier build from the same files, and their warnings are kept with the manifest.
/// </summary>
/// <param name="earlier">The errors of the stages before, so that their consequences are not reported again.</param>
public sealed class BodiesOnDemand(ArticleBodies parser, SiteContent content, ErrorCollector? earlier = null)
{
    private static readonly IEqualityComparer<ArticleText> ByReference = ReferenceEqualityComparer.Instance as IEqualityComparer<ArticleText>;
    private readonly ConcurrentDictionary<ArticleText, Lazy<MarkdownDocument>> _documents = new(ByReference);
    private readonly ConcurrentDictionary<ArticleText, Lazy<ArticleBody>> _bodies = new(ByReference);
    private readonly Lazy<Dictionary<string, LinkTarget>> _targets = new(() => ArticleBodies.TargetsBySourceFile(content));

    /// <summary>The body, parsed and checked now if it was not yet; throws its errors as a <see cref="BuildException"/>.</summary>
    public ArticleBody Of(Article article, ArticleText text) =>
        _bodies.GetOrAdd(text, t => new Lazy<ArticleBody>(() =>
            ArticleBodies.Check(article, t, Document(t), new BodyChecks(content, _targets.Value, Document, SoundBodyOf, earlier)))).Value;

    /// <summary>The checked body of an article text, or null if it has errors.</summary>
    public ArticleBody? SoundBodyOf(ArticleText text)
    {
        if (!_targets.Value.TryGetValue(text.SourceFile, out var target)) return null;
        try
        {
            return Of(target.Article, text);
        }
        catch (BuildException)
        {
            return null; // reported where that body is checked
        }
    }

    /// <summary>The parsed body, unchecked: what checks of other bodies read (anchors, the original of a translation).</summary>
    public MarkdownDocument Document(ArticleText text) =>
        _documents.GetOrAdd(text, t => new Lazy<MarkdownDocument>(() => parser.Parse(t))).Value;

    /// <summary>The bodies parsed so far (for the checks that read bodies, such as punctuation).</summary>
    public ImmutableDictionary<ArticleText, ArticleBody> Parsed =>
        _bodies.Where(b => b.Value.IsValueCreated).ToImmutableDictionary(b => b.Key, b => b.Value.Value, ByReference);
}
