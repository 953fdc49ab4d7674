using BenchmarkDotNet.Attributes;
using Markdig.Syntax;
using ZoneReport.Markdown;
using ZoneReport.Model;
using ZoneReport.Output;
using ZoneReport.Rendering;

namespace ZoneReport.Benchmarks;

/// <summary>
/// The hot stages of a build, each on one page of a generated 200-page site, per language:
/// parsing an article's Markdown, rendering the parsed Markdown to HTML, rendering a whole article
/// page (body, template and layout), rendering an edition page (templates only), and writing a page.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private SiteFixture _site = null!;
    private ArticleText _text = null!;
    private MarkdownDocument _document = null!;
    private PageSpec _article = null!;
    private PageSpec _edition = null!;
    private string _html = "";
    private StagingFolder _staging = null!;
    private string _output = "";
    private int _next;

    [Params("zh", "en")]
    public string Language { get; set; } = "zh";

    [GlobalSetup]
    public void Setup()
    {
        _site = SiteFixture.Load(SiteFixture.Generate(200));
        _article = _site.FirstPage("article", Language);
        _edition = _site.FirstPage("edition", Language);
        _text = _article.Body!.Value.Text;
        _document = _site.Bodies[_text].Document;
        _html = _site.Renderer.Render(_article);
        _output = Path.Combine(Path.GetTempPath(), $"zonereport-benchmarks-write-{Language}");
        _staging = new StagingFolder(_output);
    }

    [GlobalCleanup]
    public void Cleanup() => _staging.Dispose();

    [Benchmark(Description = "Markdown parse (article body)")]
    public MarkdownDocument MarkdownParse() => _site.Markdown.Parse(_text.Body);

    [Benchmark(Description = "Markdown to HTML (parsed body)")]
    public string MarkdownToHtml() => _site.Markdown.Render(_document, url => url, _ => "");

    [Benchmark(Description = "Article page render (body + templates)")]
    public string ArticlePage() => _site.Renderer.Render(_article);

    [Benchmark(Description = "Edition page render (templates only)")]
    public string EditionPage() => _site.Renderer.Render(_edition);

    /// <summary>Writes the article page's HTML to one of 1,000 paths in a staging folder, as a build writes each page.</summary>
    [Benchmark(Description = "Page write (one article page)")]
    public void PageWrite() => _staging.WriteText($"{Language}/zone/edition/article-{_next++ % 1000}/index.html", _html);
}
