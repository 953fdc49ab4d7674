using AngleSharp.Html.Parser;
using ZoneReport.Diagnostics;
using ZoneReport.Site;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Search;

/// <summary>
/// `build --search`: the search pages, and the Pagefind bundle made inside the build. A stand-in for
/// npx records what it was asked to index and writes a small bundle, so these tests need no Node.js;
/// CI runs the real Pagefind (.ci/checks/60-search.sh).
/// </summary>
public sealed class SearchIndexTests : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly TestSite _site = new();
    private readonly string _tool;
    private readonly string _log;

    public SearchIndexTests()
    {
        _log = Path.Combine(_site.Folder, "pagefind-runs.log");
        _tool = Path.Combine(_site.Folder, "fake-npx.sh");
        // Called as: fake-npx.sh --yes pagefind@VERSION --site DIR --output-subdir pagefind
        File.WriteAllText(_tool, $$"""
            #!/bin/sh
            site="$4"
            mkdir -p "$site/pagefind"
            (cd "$site" && find . -name '*.html' | sort) > "$site/pagefind/indexed.txt"
            echo "$2" >> "{{_log}}"
            printf 'window.PagefindUI = function () {};\n' > "$site/pagefind/pagefind-ui.js"
            """.Replace("\r", ""));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(_tool, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private BuildResult Build(bool search = true) =>
        SiteBuilder.Build(new BuildOptions(_site.Folder) { Search = search, SearchTool = _tool });

    [Fact]
    public void The_bundle_is_part_of_the_site_and_indexes_content_pages_of_both_languages()
    {
        Build();

        Assert.True(File.Exists(Path.Combine(_site.Output, "pagefind", "pagefind-ui.js")));
        var indexed = File.ReadAllLines(Path.Combine(_site.Output, "pagefind", "indexed.txt"));
        Assert.Contains("./zh/sample-zone/2022/plan/index.html", indexed);
        Assert.Contains("./en/sample-zone/2022/plan/index.html", indexed);
        Assert.DoesNotContain("./404.html", indexed);
        Assert.DoesNotContain("./zh/404.html", indexed);
        Assert.Contains(File.ReadAllLines(Path.Combine(_site.Output, "manifest-sha256.txt")), l => l.EndsWith("  pagefind/pagefind-ui.js", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("zh", "搜索")]
    [InlineData("en", "Search")]
    public void Each_language_has_a_search_page_linked_from_every_page_that_reads_without_script(string language, string word)
    {
        Build();

        var search = Parser.ParseDocument(_site.Page($"{language}/search/index.html"));
        Assert.Equal(word, search.QuerySelector("h1")!.TextContent);
        Assert.NotEmpty(search.QuerySelector("noscript")!.TextContent);
        Assert.Equal("../../pagefind/pagefind-ui.js", search.QuerySelector("script[src]")!.GetAttribute("src"));
        var article = Parser.ParseDocument(_site.Page($"{language}/sample-zone/2022/plan/index.html"));
        Assert.Equal("../../../search/index.html", article.QuerySelector("a.search-link")!.GetAttribute("href"));
        Assert.NotNull(article.QuerySelector("main[data-pagefind-body]"));
        Assert.Null(Parser.ParseDocument(_site.Page($"{language}/index.html")).QuerySelector("main[data-pagefind-body]"));
    }

    [Fact]
    public void Without_search_the_site_has_no_search_page_link_or_bundle()
    {
        Build(search: false);

        Assert.False(Directory.Exists(Path.Combine(_site.Output, "pagefind")));
        Assert.False(File.Exists(Path.Combine(_site.Output, "en", "search", "index.html")));
        Assert.DoesNotContain("search-link", _site.Page("en/sample-zone/2022/plan/index.html"));
    }

    [Fact]
    public void The_index_is_made_again_only_when_a_page_changed()
    {
        Build();
        Build();
        Assert.Single(File.ReadAllLines(_log));

        _site.Replace("content/sample-zone/2022/news.en.md", "The zone signed 34 projects", "The zone signed 34 new projects");
        Build();
        Assert.Equal(2, File.ReadAllLines(_log).Length);
    }

    [Fact]
    public void A_missing_Node_js_is_a_clear_error_and_the_last_site_stays()
    {
        Build(search: false);
        var before = _site.Page("en/index.html");

        var error = Assert.Throws<BuildException>(() =>
            SiteBuilder.Build(new BuildOptions(_site.Folder) { Search = true, SearchTool = Path.Combine(_site.Folder, "no-such-npx") })).Errors[0];

        Assert.Contains("search needs Node.js", error.Message);
        Assert.Contains("without --search", error.Hint);
        Assert.Equal(before, _site.Page("en/index.html"));
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "pagefind")));
    }

    public void Dispose() => _site.Dispose();
}
