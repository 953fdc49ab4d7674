using System.Diagnostics;
using System.Text;
using ZoneReport.Limits;
using ZoneReport.Markdown;
using ZoneReport.Model;
using ZoneReport.Yaml;

namespace ZoneReport.Tests.Limits;

/// <summary>
/// Nothing in the input makes the work grow faster than the input: for each shape, four times the
/// input may take at most ten times as long (linear growth gives about four; the square of the size,
/// sixteen). Each shape is timed as the build handles it: the limit checks, then parsing and
/// rendering the Markdown, or parsing the YAML. Best of three runs, after a warm-up, so that a busy
/// machine makes the test slow rather than wrong.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class LinearTimeTests
{
    private const double AllowedRatio = 10;
    private static readonly MarkdownRenderer Markdown = new();

    [Theory]
    [InlineData("paragraphs", 4_000)]
    [InlineData("flat list", 8_000)]
    [InlineData("lists nested to the limit", 300)]
    [InlineData("quotes nested to the limit", 600)]
    [InlineData("table rows", 1_500)]
    [InlineData("closed brackets and links", 4_000)]
    [InlineData("emphasis pairs", 4_000)]
    [InlineData("list items with emphasis", 2_000)]
    [InlineData("footnotes", 2_000)]
    [InlineData("one long line", 100_000)]
    public void Markdown_time_grows_linearly(string shape, int size) =>
        AssertLinear(shape, size, n => RenderArticle(Article(shape, n)));

    [Theory]
    [InlineData("long list", 1_000)]
    [InlineData("long block text", 3_000)]
    public void YAML_time_grows_linearly(string shape, int size) =>
        AssertLinear(shape, size, n => ParseYaml(Yaml(shape, n)));

    [Fact]
    public void A_paragraph_at_the_mark_limit_renders_quickly_and_one_over_it_is_refused()
    {
        var atLimit = string.Concat(Enumerable.Range(0, InputLimits.Default.ParagraphMarks / 2).Select(i => $"*a{i}* "));
        var clock = Stopwatch.StartNew();
        RenderArticle(atLimit)();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{clock.Elapsed.TotalSeconds:0.0} s");

        var error = Assert.Throws<ZoneReport.Diagnostics.BuildException>(RenderArticle(atLimit + "*one* more")).Errors.Single();
        Assert.EndsWith("(limit 1000, set in site.yml as limits.paragraph_marks)", error.Message);
    }

    private static void AssertLinear(string shape, int size, Func<int, Action> prepare)
    {
        var small = prepare(size);
        var large = prepare(size * 4);
        small(); // warm-up: JIT and caches
        var measured = new List<string>();
        // Up to three tries: other work on a shared machine can slow one run; it does not make every try quadratic.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var (smallTime, largeTime) = (BestOf3(small), BestOf3(large));
            var ratio = largeTime.TotalMilliseconds / Math.Max(smallTime.TotalMilliseconds, 1);
            if (ratio < AllowedRatio) return;
            measured.Add($"{size} took {smallTime.TotalMilliseconds:0} ms, {size * 4} took {largeTime.TotalMilliseconds:0} ms (x{ratio:0.0})");
        }

        Assert.Fail($"{shape} grows faster than its input (allowed x{AllowedRatio}): {string.Join("; ", measured)}");
    }

    private static TimeSpan BestOf3(Action run)
    {
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var clock = Stopwatch.StartNew();
            run();
            if (clock.Elapsed < best) best = clock.Elapsed;
        }

        return best;
    }

    private static Action RenderArticle(string body) => () =>
    {
        MarkdownNesting.Check(body, "article.en.md", 1, InputLimits.Default);
        var document = Markdown.Parse(body);
        Markdown.Render(document, url => url, _ => "");
    };

    private static Action ParseYaml(string yaml) => () =>
    {
        YamlShape.Check(yaml, "figures.yml", 1, InputLimits.Default);
        YamlSource.ParseMapping(yaml, "figures.yml");
    };

    private static string Article(string shape, int n)
    {
        var text = new StringBuilder();
        switch (shape)
        {
            case "paragraphs":
                for (var i = 0; i < n; i++) text.Append($"Paragraph {i} tells how the zone grew, in *plain* words.\n\n");
                break;
            case "flat list":
                for (var i = 0; i < n; i++) text.Append($"- item {i} of the plan\n");
                break;
            case "lists nested to the limit":
                for (var i = 0; i < n; i++)
                    for (var level = 0; level < 30; level++) text.Append(new string(' ', 2 * level)).Append($"- level {level}\n");
                break;
            case "quotes nested to the limit":
                for (var i = 0; i < n; i++)
                    for (var level = 1; level <= 30; level++) text.Append(new string('>', level)).Append($" quoted {i}\n");
                break;
            case "table rows":
                text.Append("| year | value | unit |\n|---|---|---|\n");
                for (var i = 0; i < n; i++) text.Append($"| {2000 + i} | {i}.5 | 亿元 |\n");
                break;
            case "table columns":
                text.Append('|').Append(string.Concat(Enumerable.Range(0, n).Select(i => $" c{i} |"))).Append('\n');
                text.Append('|').Append(string.Concat(Enumerable.Repeat("---|", n))).Append('\n');
                for (var row = 0; row < 40; row++) text.Append('|').Append(string.Concat(Enumerable.Range(0, n).Select(i => $" {i} |"))).Append('\n');
                break;
            case "closed brackets and links":
                for (var i = 0; i < n; i++) text.Append($"[a{i}] [b](c{i}.md) [[x]]").Append(i % 20 == 19 ? "\n\n" : " ");
                break;
            case "emphasis pairs":
                for (var i = 0; i < n; i++) text.Append($"*a{i}* **b** _c_ ~~d~~").Append(i % 20 == 19 ? "\n\n" : " ");
                break;
            case "list items with emphasis":
                for (var i = 0; i < n; i++) text.Append($"- *item* {i} with **bold** and [a link](x{i}.md)\n");
                break;
            case "footnotes":
                for (var i = 0; i < n; i++) text.Append($"Text[^{i}].\n\n[^{i}]: Note {i}.\n\n");
                break;
            default:
                text.Append(new string('x', n * 10)).Append('\n');
                break;
        }

        return text.ToString();
    }

    private static string Yaml(string shape, int n)
    {
        var text = new StringBuilder();
        switch (shape)
        {
            case "long list":
                text.Append("figures:\n");
                for (var i = 0; i < n; i++) text.Append($"  - id: f{i}\n    label: {{ zh: 数{i}, en: N{i} }}\n    value: {i}\n    unit: 个\n");
                break;
            default:
                text.Append("text: |\n");
                for (var i = 0; i < n; i++) text.Append($"  - line {i} [ {{ of a block of text\n");
                break;
        }

        return text.ToString();
    }
}

/// <summary>Timing tests run alone, after the others: tests running beside them would make the larger input look slower.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "timing";
}
