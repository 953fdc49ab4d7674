using System.Text;
using ZoneReport.Diagnostics;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Rendering;

/// <summary>
/// No silent truncation (issue #14: an article over about a million characters was published cut
/// short, ending in "..." with no &lt;/html&gt;, and the build said nothing).
/// </summary>
public sealed class RenderLimitTests : IDisposable
{
    private readonly TestSite _site = new();
    private string Article => $"{_site.EditionFolder}/news.en.md";

    [Fact]
    public void An_article_of_more_than_a_million_characters_is_published_whole()
    {
        var body = new StringBuilder();
        for (var i = 0; body.Length < 1_300_000; i++) body.Append($"Paragraph {i} of a very long report on the zone’s industries and projects.\n\n");
        body.Append("The very last sentence of the report.\n");
        _site.Write(Article, _site.Read(Article) + "\n" + body);

        _site.Build();

        var page = _site.Page("en/sample-zone/2022/news/index.html");
        Assert.True(page.Length > 1_300_000);
        Assert.Contains("<p>The very last sentence of the report.</p>", page);
        Assert.EndsWith("</body>\n</html>\n", page);
        Assert.DoesNotContain("...", page[^200..]);
    }

    [Fact]
    public void A_page_over_the_page_limit_is_an_error_naming_the_article_the_template_and_the_setting()
    {
        _site.Replace("site.yml", "output: _site", "output: _site\nlimits:\n  page_kb: 64");
        _site.Write(Article, _site.Read(Article) + "\n" + string.Concat(Enumerable.Repeat("A long paragraph of the report, repeated.\n\n", 2_500)));

        var errors = Assert.Throws<BuildException>(() => _site.Build()).Errors;

        Assert.True(errors.Count == 1, string.Join("\n", errors.Select(e => e.Format())));
        var error = errors[0];
        Assert.Equal(Article, error.Location.File);
        Assert.Contains("the page en/sample-zone/2022/news/index.html made from this file is too large to render", error.Message);
        Assert.Contains("in templates/", error.Message);
        Assert.EndsWith("(limit 64 KiB, set in site.yml as limits.page_kb)", error.Message);
        Assert.False(Directory.Exists(_site.Output), "nothing was published");
    }

    [Fact]
    public void A_page_that_does_not_end_as_the_layout_ends_is_an_error_not_a_page()
    {
        _site.Build();
        var before = TreeSnapshot.Of(_site.Output);
        _site.Replace("templates/layouts/base.html", "</body>", "{{ if page.kind == \"article\"; ret; end }}</body>");

        var errors = Assert.Throws<BuildException>(() => _site.Build()).Errors;

        var error = Assert.Single(errors, e => e.Location.File == Article);
        Assert.Contains("does not end as templates/layouts/base.html ends ('</body>\n</html>'): it was cut short", error.Message);
        Assert.Equal(before, TreeSnapshot.Of(_site.Output));
    }

    public void Dispose() => _site.Dispose();
}
