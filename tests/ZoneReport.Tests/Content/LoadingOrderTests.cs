using ZoneReport.Diagnostics;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Content;

/// <summary>
/// Articles and edition data are loaded on all cores; errors must still come out complete and in
/// the same order (file, line, column) every time, and the site the same as from one thread.
/// </summary>
public sealed class LoadingOrderTests : IDisposable
{
    private readonly TestSite _site = new();

    [Fact]
    public void Errors_in_many_article_files_are_all_reported_in_file_order_every_time()
    {
        for (var i = 0; i < 40; i++)
        {
            foreach (var language in new[] { "zh", "en" })
            {
                _site.Write($"{_site.EditionFolder}/broken-{i:00}.{language}.md", "---\ntitle: Broken\ntitel: typo\n---\nText.\n");
            }
        }

        _site.Write($"{_site.EditionFolder}/no-language.md", "---\ntitle: No language\n---\n");
        var first = Errors();
        Assert.Equal(81, first.Count);
        Assert.Equal(first.OrderBy(e => e.Location.File, StringComparer.Ordinal).ThenBy(e => e.Location.Line), first);
        for (var run = 0; run < 3; run++) Assert.Equal(first, Errors());
    }

    [Fact]
    public void Errors_in_the_data_of_many_editions_are_all_reported_in_file_order_every_time()
    {
        for (var year = 2001; year <= 2030; year++)
        {
            foreach (var file in new[] { "edition.yml", "news.zh.md", "news.en.md", "plan.zh.md", "plan.en.md" })
            {
                _site.Write($"content/sample-zone/{year}/{file}", _site.Read($"{_site.EditionFolder}/{file}").Replace("year: 2022", $"year: {year}"));
            }

            _site.Write($"content/sample-zone/{year}/figures.yml",
                "figures:\n  - id: gdp\n    label: { zh: 生产总值, en: GDP }\n    value: 1\n    unit: 亿元\n    article: nowhere\n");
        }

        var first = Errors();
        // Each copied article also places ids that its edition lacks: every stage reports in the same run.
        Assert.Equal(30, first.Count(e => e.Location.File.EndsWith("/figures.yml", StringComparison.Ordinal)));
        Assert.Equal(first.OrderBy(e => e.Location.File, StringComparer.Ordinal), first);
        for (var run = 0; run < 3; run++) Assert.Equal(first, Errors());
    }

    public void Dispose() => _site.Dispose();

    private List<BuildError> Errors() => Assert.Throws<BuildException>(() => _site.Build()).Errors.ToList();
}
