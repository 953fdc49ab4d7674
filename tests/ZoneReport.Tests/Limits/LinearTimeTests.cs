using System.Diagnostics;
using System.Runtime;
using System.Text;
using ZoneReport.Limits;
using ZoneReport.Markdown;
using ZoneReport.Model;
using ZoneReport.Tests.Support;
using ZoneReport.Yaml;

namespace ZoneReport.Tests.Limits;

/// <summary>
/// Nothing in the input makes the work grow faster than the input: for each shape, four times the
/// input may take at most ten times as long and allocate at most ten times as much (linear growth
/// gives about four; the square of the size, sixteen). Each shape is timed as the build handles it:
/// the limit checks, then parsing and rendering the Markdown, or parsing the YAML. Best of five
/// runs, after a warm-up, so that a busy machine makes the test slow rather than wrong.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class LinearTimeTests(Xunit.Abstractions.ITestOutputHelper output)
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

    [Fact]
    public void The_measure_itself_catches_work_that_grows_with_the_square_of_the_input()
    {
        // A nested loop over the input, the shape of a parser that rescans what it has read for each new item.
        static Action Quadratic(int n) => () =>
        {
            var sum = 0L;
            for (var i = 0; i < n; i++)
                for (var j = 0; j < i; j++) sum += i ^ j;
            GC.KeepAlive(sum);
        };

        var (ratio, measured) = Growth(3_000, Quadratic);
        output.WriteLine($"quadratic loop: {measured}");
        Assert.True(ratio >= AllowedRatio, $"a quadratic loop measured x{ratio:0.0}, which the check would let through");
    }

    private void AssertLinear(string shape, int size, Func<int, Action> prepare)
    {
        var (ratio, measured) = Growth(size, prepare);
        output.WriteLine($"{shape}: {measured}");
        Assert.True(ratio < AllowedRatio, $"{shape} grows faster than its input (allowed x{AllowedRatio}): {measured}");
    }

    /// <summary>
    /// How many times longer four times the input takes (the best of up to three tries), and what was measured.
    /// Measured with care, because a flat list of 8,000 and 32,000 items looked x13-21 slower in a busy full
    /// suite while its work per item is flat (2-3 µs per item from 4,000 to 128,000 items, measured alone;
    /// ordinary paragraphs behave the same). Two things distorted the wall clock: the garbage collector,
    /// whose pauses grow with the heap, and the time spent waiting for a processor, which a short run often
    /// escapes and a long one never does. So each run is timed in processor time of its own thread
    /// (<see cref="ThreadClock"/>) with the collector held off (a no-GC region), and the memory it
    /// allocates is checked for linear growth on its own (allocated bytes are exact).
    /// </summary>
    private static (double Ratio, string Measured) Growth(int size, Func<int, Action> prepare)
    {
        var small = prepare(size);
        var large = prepare(size * 4);
        var (smallBytes, largeBytes) = (Allocated(small), Allocated(large)); // also the warm-up: JIT and caches
        var bytesRatio = (double)largeBytes / Math.Max(smallBytes, 1);
        var tries = new List<string>();
        var best = double.MaxValue;
        // Up to three tries: other work on a shared machine can slow one run; it does not make every try quadratic.
        for (var attempt = 0; attempt < 3 && best >= AllowedRatio; attempt++)
        {
            var (smallTime, largeTime) = BestOf5(small, smallBytes, large, largeBytes);
            var ratio = largeTime.TotalMilliseconds / Math.Max(smallTime.TotalMilliseconds, 0.5);
            best = Math.Min(best, ratio);
            tries.Add($"{size} took {smallTime.TotalMilliseconds:0.0} ms, {size * 4} took {largeTime.TotalMilliseconds:0.0} ms (x{ratio:0.0})");
        }

        var measured = $"{string.Join("; ", tries)}; allocated {smallBytes / 1024} KiB and {largeBytes / 1024} KiB (x{bytesRatio:0.0})";
        return (Math.Max(best, bytesRatio), measured);
    }

    private static long Allocated(Action run)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        run();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    /// <summary>The best of five runs of each, the small and the large input in turn, so a burst of load hits both.</summary>
    private static (TimeSpan Small, TimeSpan Large) BestOf5(Action small, long smallBytes, Action large, long largeBytes)
    {
        var (bestSmall, bestLarge) = (TimeSpan.MaxValue, TimeSpan.MaxValue);
        for (var i = 0; i < 5; i++)
        {
            bestSmall = Min(bestSmall, TimeWithoutCollections(small, smallBytes));
            bestLarge = Min(bestLarge, TimeWithoutCollections(large, largeBytes));
        }

        return (bestSmall, bestLarge);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan TimeWithoutCollections(Action run, long allocates)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        // Room for what the run allocates; when the runtime cannot give that much, the run is timed with collections.
        var held = allocates * 2 + (1 << 20) <= MaxNoGcBytes && GC.TryStartNoGCRegion(allocates * 2 + (1 << 20));
        var elapsed = ThreadClock.Measure(run);
        if (held && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion) GC.EndNoGCRegion();
        return elapsed;
    }

    private const long MaxNoGcBytes = 200L << 20;

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
