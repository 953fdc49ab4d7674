using System.Collections.Concurrent;
using System.Collections.Immutable;
using ZoneReport.Diagnostics;
using ZoneReport.Model;

namespace ZoneReport.Markdown;

/// <summary>
/// Article bodies parsed and checked when first asked for, once each, from any thread. An
/// incremental build asks only for the articles whose pages it renders: the others were parsed
/// and checked by an earlier build from the same files, and their warnings are kept with the manifest.
/// </summary>
public sealed class BodiesOnDemand(ArticleBodies parser, SiteContent content)
{
    private readonly Lazy<Dictionary<string, LinkTarget>> _targets = new(() => ArticleBodies.TargetsBySourceFile(content));
    private readonly ConcurrentDictionary<ArticleText, Lazy<ArticleBody>> _bodies = new(ReferenceEqualityComparer.Instance as IEqualityComparer<ArticleText>);

    /// <summary>The body, parsed and checked now if it was not yet; throws its errors as a <see cref="BuildException"/>.</summary>
    public ArticleBody Of(Article article, ArticleText text) =>
        _bodies.GetOrAdd(text, t => new Lazy<ArticleBody>(() => parser.ParseAndCheck(content, article, t, _targets.Value))).Value;

    /// <summary>The bodies parsed so far (for the checks that read bodies, such as punctuation).</summary>
    public ImmutableDictionary<ArticleText, ArticleBody> Parsed =>
        _bodies.Where(b => b.Value.IsValueCreated).ToImmutableDictionary(b => b.Key, b => b.Value.Value,
            ReferenceEqualityComparer.Instance as IEqualityComparer<ArticleText>);
}
