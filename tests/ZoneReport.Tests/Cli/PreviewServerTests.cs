using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ZoneReport.Cli;
using ZoneReport.Diagnostics;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Cli;

[Collection("preview servers")]
public sealed class PreviewServerTests
{
    [Fact]
    public void The_error_page_escapes_every_message_and_reloads_itself()
    {
        var page = ErrorOverlay.Page([new BuildError(new SourceLocation("content/a<b>.md", 3, 4), "bad <script>alert(1)</script>", "use \"quotes\" & <b>")], "/en/<x>");
        Assert.DoesNotContain("<script>alert", page);
        Assert.Contains("bad &lt;script&gt;alert(1)&lt;/script&gt;", page);
        Assert.Contains("content/a&lt;b&gt;.md:3:4", page);
        Assert.Contains("/en/&lt;x&gt;", page);
        Assert.Contains(LiveReload.VersionPath, page);
    }

    [Theory]
    [InlineData("127.0.0.1", "http://127.0.0.1:8080/", "http://127.0.0.1:8080/")]
    [InlineData("0.0.0.0", "http://*:8080/", "http://127.0.0.1:8080/")]
    [InlineData("192.168.1.20", "http://192.168.1.20:8080/", "http://192.168.1.20:8080/")]
    public void Bind_addresses_become_listener_prefixes(string bind, string prefix, string url)
    {
        var settings = new PreviewSettings(8080, bind);
        Assert.Equal(prefix, settings.Prefix);
        Assert.Equal(url, settings.Url);
    }

    [Fact]
    public async Task Serves_from_memory_shows_a_saved_change_and_an_error_page_and_writes_the_site_on_stop()
    {
        using var site = new TestSite();
        var port = FreePort();
        using var stop = new CancellationTokenSource();
        var output = new StringWriter();
        // Written by the server's threads, read here: every write holds the wrapper's lock.
        var log = TextWriter.Synchronized(output);
        var server = Task.Run(() => PreviewServer.Run(new ZoneReport.Site.BuildOptions(site.Folder), new PreviewSettings(port),
            new CliContext(log, new StringWriter(), TimeProvider.System), verbose: false, stop.Token));
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(20) };
        var page = "en/sample-zone/2022/news/";
        Assert.Contains("GDP grew 7%", await Get(http, page, until: text => text.Contains("GDP grew", StringComparison.Ordinal)));
        Assert.False(Directory.Exists(site.Output)); // nothing on disk while previewing

        site.Replace($"{site.EditionFolder}/news.en.md", "GDP grew 7%", "GDP grew 9%");
        var clock = Stopwatch.StartNew();
        await Get(http, page, until: text => text.Contains("GDP grew 9%", StringComparison.Ordinal));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"save to served took {clock.Elapsed}");
        // The page served first is the quick one; the full rebuild of this save must finish before the
        // next save, or it reads that one instead (then the last good site is still the first).
        for (var deadline = DateTime.UtcNow.AddSeconds(20); !Logged(log, output, "Rebuilt in") && DateTime.UtcNow < deadline;) await Task.Delay(50);

        site.Replace($"{site.EditionFolder}/news.en.md", "GDP grew 9%", "GDP grew [9%](nowhere.en.md)");
        // The file is written in two steps (emptied, then filled): the overlay may first show what the half-written file said.
        var overlay = await Get(http, page, until: text => text.Contains("The last rebuild failed", StringComparison.Ordinal) && text.Contains("broken link", StringComparison.Ordinal));
        Assert.Contains("nowhere.en.md", overlay);

        await stop.CancelAsync();
        Assert.Equal(0, await server.WaitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("GDP grew 9%", site.Page("en/sample-zone/2022/news/index.html")); // the last good site
    }

    private static bool Logged(TextWriter log, StringWriter output, string text)
    {
        lock (log) return output.ToString().Contains(text, StringComparison.Ordinal);
    }

    internal static async Task<string> Get(HttpClient http, string path, Func<string, bool> until)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        var text = "";
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = await http.GetAsync(path);
                text = await response.Content.ReadAsStringAsync();
                if (until(text)) return text;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(50);
        }

        return text;
    }

    internal static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
