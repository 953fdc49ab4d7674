using System.Net;
using System.Net.Sockets;
using AngleSharp.Html.Parser;
using ZoneReport.Cli;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Cli;

/// <summary>The preview answers a missing address with its language's 404 page, whose links work at any depth.</summary>
[Collection("preview servers")] // one preview server at a time: each first build is timed
public sealed class NotFoundPageTests
{
    [Fact]
    public void Relative_references_become_absolute_from_the_root_and_fragments_and_full_addresses_stay()
    {
        const string page = "<a href=\"../index.html\">home</a> <a href=\"#main\">skip</a> <link rel=\"canonical\" href=\"https://x.example/zh/404.html\">" +
                            "<img src=\"../media/a.webp\" srcset=\"../media/a-480.webp 480w, ../media/a-960.webp 960w\"> <link href=\"../assets/site.css\">";
        var fixedUp = NotFoundPage.AtAnyDepth(page, "zh/404.html");

        Assert.Contains("href=\"/index.html\"", fixedUp);
        Assert.Contains("href=\"#main\"", fixedUp);
        Assert.Contains("href=\"https://x.example/zh/404.html\"", fixedUp);
        Assert.Contains("src=\"/media/a.webp\"", fixedUp);
        Assert.Contains("srcset=\"/media/a-480.webp 480w, /media/a-960.webp 960w\"", fixedUp);
        Assert.Contains("href=\"/assets/site.css\"", fixedUp);
    }

    [Theory]
    [InlineData("/zh/sample-zone/2022/nope/deeper/", "zh/404.html")]
    [InlineData("/en/missing", "en/404.html")]
    [InlineData("/fr/missing/", "404.html")]
    [InlineData("/missing.html", "404.html")]
    public void The_404_page_is_the_one_of_the_language_the_address_is_in(string request, string expected)
    {
        string[] files = ["404.html", "zh/404.html", "en/404.html"];
        Assert.Equal(expected, NotFoundPage.For(request, files.Contains));
    }

    [Fact]
    public async Task A_missing_page_deep_in_the_site_gets_a_404_whose_every_link_leads_to_a_file_of_the_site()
    {
        using var site = new TestSite();
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        using var stop = new CancellationTokenSource();
        var server = Task.Run(() => PreviewServer.Run(new ZoneReport.Site.BuildOptions(site.Folder), new PreviewSettings(port),
            new CliContext(new StringWriter(), new StringWriter(), TimeProvider.System), verbose: false, stop.Token));
        var origin = new Uri($"http://127.0.0.1:{port}/");
        using var http = new HttpClient { BaseAddress = origin, Timeout = TimeSpan.FromSeconds(20) };
        var requested = new Uri(origin, "zh/sample-zone/2022/nope/deeper/");
        HttpResponseMessage? response = null;
        for (var deadline = DateTime.UtcNow.AddSeconds(30); DateTime.UtcNow < deadline && response is null;)
        {
            try
            {
                response = await http.GetAsync(requested);
            }
            catch (HttpRequestException)
            {
                await Task.Delay(50); // not listening yet
            }
        }

        Assert.NotNull(response);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("zh-Hans", document.DocumentElement.GetAttribute("lang"));
        var links = document.QuerySelectorAll("a[href], link[rel=stylesheet], link[rel=icon]").Select(e => e.GetAttribute("href")!)
            .Where(h => !h.StartsWith('#') && !h.StartsWith("http", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            // Resolved as a browser does, against the address asked for: each must be a file the preview serves.
            using var linked = await http.GetAsync(new Uri(requested, link));
            Assert.True(linked.StatusCode == HttpStatusCode.OK, $"{link} from {requested}: {linked.StatusCode}");
        }

        await stop.CancelAsync();
        await server.WaitAsync(TimeSpan.FromSeconds(60));
    }
}
