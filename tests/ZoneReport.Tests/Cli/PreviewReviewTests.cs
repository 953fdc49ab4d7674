using System.Net;
using ZoneReport.Cli;
using ZoneReport.Review;
using ZoneReport.Site;
using ZoneReport.Tests.Translation;
using ZoneReport.Translation;
using static ZoneReport.Tests.Cli.PreviewServerTests;

namespace ZoneReport.Tests.Cli;

/// <summary>The preview serves the translation review at /_review/, over a real socket, and never publishes it.</summary>
public sealed class PreviewReviewTests : IDisposable
{
    private const string Stale = "<span class=\"state state-stale\">stale</span> (translated 2023-01-05)";
    private readonly TranslationFixture _fixture = new();

    [Fact]
    public async Task Serves_the_review_pages_shows_a_saved_chinese_edit_and_writes_none_of_them_to_the_site()
    {
        _fixture.Review("review.en.md");
        var site = _fixture.Site;
        var expected = ReviewPages.Render(TranslationReview.Run(site.Folder));
        var port = FreePort();
        using var stop = new CancellationTokenSource();
        var output = new StringWriter();
        var errors = new StringWriter();
        var server = Task.Run(() => PreviewServer.Run(new BuildOptions(site.Folder), new PreviewSettings(port),
            new CliContext(output, errors, TimeProvider.System), verbose: false, stop.Token));
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}/"),
            Timeout = TimeSpan.FromSeconds(20),
        };

        // The same page as build --review, with the preview's reload script.
        var pair = await Get(http, "_review/sample-zone/2022/review.en.html", until: text => text.Contains("block by block", StringComparison.Ordinal));
        Assert.Equal(LiveReload.Inject(expected["sample-zone/2022/review.en.html"]), pair);
        Assert.DoesNotContain(Stale, await Get(http, "_review/", until: text => text.Contains("Translation review", StringComparison.Ordinal)));
        Assert.Contains($"Translation review: http://127.0.0.1:{port}/_review/", output.ToString());

        using (var bare = await http.GetAsync("_review"))
        {
            Assert.Equal((HttpStatusCode.MovedPermanently, "/_review/"), (bare.StatusCode, bare.Headers.Location?.OriginalString));
        }

        using (var missing = await http.GetAsync("_review/sample-zone/2022/nothing.en.html"))
        {
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }

        site.Replace(TranslationFixture.Chinese, "全年开工重点项目22个", "全年开工重点项目25个");
        Assert.Contains(Stale, await Get(http, "_review/", until: text => text.Contains(Stale, StringComparison.Ordinal)));

        await stop.CancelAsync();
        var stopped = await Task.WhenAny(server, Task.Delay(TimeSpan.FromSeconds(60)));
        Assert.True(stopped == server, $"the preview did not stop: {output}\n{errors}");
        Assert.Equal(0, await server);
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
        Assert.False(Directory.Exists(Path.Combine(site.Output, LiveReview.Folder)));
        Assert.DoesNotContain(Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories),
            f => File.ReadAllText(f).Contains("kind-review", StringComparison.Ordinal));
    }

    public void Dispose() => _fixture.Dispose();
}
