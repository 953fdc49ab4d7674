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
/// <remarks>
/// What a check found (its errors, the link targets, the punctuation warning) is kept for the whole
/// build; the parsed documents are not: they are by far the largest thing a build holds (tens of
/// kilobytes per body, over a gigabyte for a 20,000-page site), so they are only weakly held and
/// parsed again from the same text when asked for after the garbage collector took them. Parsing
/// is deterministic, so the document is the same either way.
/// </remarks>
/// <param name="earlier">The errors of the stages before, so that their consequences are not reported again.</param>
public sealed class BodiesOnDemand(ArticleBodies parser, SiteContent content, ErrorCollector? earlier = null)
{
    private static readonly IEqualityComparer<ArticleText> ByReference = ReferenceEqualityComparer.Instance as IEqualityComparer<ArticleText>;
    private readonly ConcurrentDictionary<ArticleText, WeakReference<MarkdownDocument>> _documents = new(ByReference);
    private readonly ConcurrentDictionary<ArticleText, Lazy<CheckResult>> _checked = new(ByReference);
    private readonly Lazy<Dictionary<string, LinkTarget>> _targets = new(() => ArticleBodies.TargetsBySourceFile(content));

    /// <summary>What checking a body found, kept once the document may be gone.</summary>
    private sealed record CheckResult(ImmutableDictionary<string, LinkTarget> LinkTargets, BuildError? Punctuation);

    /// <summary>The body, parsed and checked now if it was not yet; throws its errors as a <see cref="BuildException"/>.</summary>
    public ArticleBody Of(Article article, ArticleText text)
    {
        MarkdownDocument? parsedNow = null;
        var found = _checked.GetOrAdd(text, t => new Lazy<CheckResult>(() =>
        {
            var body = ArticleBodies.Check(article, t, parsedNow = Document(t),
                new BodyChecks(content, _targets.Value, Document, SoundBodyOf, earlier));
            return new CheckResult(body.LinkTargets, Punctuation.Check(t, body));
        })).Value;
        return new ArticleBody(parsedNow ?? Document(text), found.LinkTargets);
    }

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
    public MarkdownDocument Document(ArticleText text)
    {
        if (_documents.TryGetValue(text, out var kept) && kept.TryGetTarget(out var document)) return document;
        document = parser.Parse(text);
        _documents[text] = new WeakReference<MarkdownDocument>(document);
        return document;
    }

    /// <summary>The texts whose bodies were checked so far and had no errors (a check that threw is not created).</summary>
    public IReadOnlyList<ArticleText> Checked =>
        _checked.Where(c => c.Value.IsValueCreated).Select(c => c.Key).ToList();

    /// <summary>The punctuation warnings of the bodies checked so far, ordered by file.</summary>
    public ImmutableArray<BuildError> PunctuationWarnings =>
        _checked.Values.Where(c => c.IsValueCreated).Select(c => c.Value.Punctuation).OfType<BuildError>()
            .OrderBy(w => w.Location.File, StringComparer.Ordinal)
            .ToImmutableArray();
}
