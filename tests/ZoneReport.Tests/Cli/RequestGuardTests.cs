using System.Net;
using System.Net.Sockets;
using System.Text;
using ZoneReport.Cli;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Cli;

/// <summary>
/// The preview survives any request (issue #14: a path holding %00 made it exit 134). Requests go
/// over a real socket to a real listener serving a built site, the way a browser or an attacker's
/// script would send them; after each, a plain request must still be answered.
/// </summary>
public sealed class RequestGuardTests(RequestGuardTests.Server server) : IClassFixture<RequestGuardTests.Server>
{
    private readonly StringWriter _log = server.Log;
    private readonly int _port = server.Port;

    /// <summary>One site and one real preview (<see cref="PreviewServer.Run"/>) for all the tests here (they run one after another).</summary>
    public sealed class Server : IDisposable
    {
        private readonly TestSite _site = new();
        private readonly CancellationTokenSource _stop = new();
        private readonly Task<int> _server;

        public Server()
        {
            // A port found free can be taken by another test's server before ours listens on it; then
            // ours exits at once and the probe would reach the other one. Start again on a new port.
            for (var attempt = 1; ; attempt++)
            {
                Port = FreePort();
                var output = new StringWriter();
                var cli = new CliContext(TextWriter.Synchronized(output), TextWriter.Synchronized(Log), TimeProvider.System);
                var port = Port;
                _server = Task.Run(() => PreviewServer.Run(new ZoneReport.Site.BuildOptions(_site.Folder), new PreviewSettings(port), cli, verbose: false, _stop.Token));
                var deadline = DateTime.UtcNow.AddSeconds(120);
                while (!_server.IsCompleted && !output.ToString().Contains("Serving ", StringComparison.Ordinal) && DateTime.UtcNow < deadline) Thread.Sleep(50);
                if (!_server.IsCompleted && output.ToString().Contains("Serving ", StringComparison.Ordinal)) return;
                if (attempt == 3 || !_server.IsCompleted)
                {
                    throw new InvalidOperationException($"the preview did not start on port {Port}:\n{output}\n{Log}");
                }
            }
        }

        public int Port { get; private set; }

        public string Output => _site.Output;

        public StringWriter Log { get; } = new() { NewLine = "\n" };

        public void Dispose()
        {
            _stop.Cancel();
            _server.Wait(TimeSpan.FromSeconds(60));
            _stop.Dispose();
            _site.Dispose();
        }
    }

    [Theory]
    [InlineData("GET /%00 HTTP/1.1", "400")]
    [InlineData("GET /zh/%00/index.html HTTP/1.1", "400")]
    [InlineData("GET /zh/%01 HTTP/1.1", "400")]
    [InlineData("GET /index.html%0d%0aSet-Cookie:x HTTP/1.1", "400")]
    [InlineData("BREW /index.html HTTP/1.1", "405")]
    [InlineData("DELETE /index.html HTTP/1.1", "405")]
    [InlineData("GET /../../../../etc/passwd HTTP/1.1", "404")]
    [InlineData("GET /..%2f..%2f..%2fetc%2fpasswd HTTP/1.1", "404")]
    public void A_bad_request_gets_a_4xx_and_one_log_line_and_the_preview_goes_on(string requestLine, string status)
    {
        var logged = LogLines().Count;
        var answer = Send(Encoding.UTF8.GetBytes($"{requestLine}\r\nHost: 127.0.0.1\r\n\r\n"));
        Assert.StartsWith($"HTTP/1.1 {status}", answer);
        AssertAlive();
        var lines = LogLines().Skip(logged).ToList();
        if (status == "404") Assert.Empty(lines);
        else Assert.StartsWith($"preview: {status} for ", Assert.Single(lines));
    }

    [Fact]
    public void An_over_long_address_or_header_or_a_body_is_refused()
    {
        Assert.Matches("^HTTP/1.1 (400|414)", Send(Encoding.ASCII.GetBytes($"GET /{new string('a', 20_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")));
        AssertAlive();
        Assert.Matches("^HTTP/1.1 (400|431)", Send(Encoding.ASCII.GetBytes($"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: {new string('b', 40_000)}\r\n\r\n")));
        AssertAlive();
        Assert.Matches("^HTTP/1.1 (405|413)", Send(Encoding.ASCII.GetBytes("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\n\r\nhello")));
        AssertAlive();
        Assert.StartsWith("HTTP/1.1 413", Send(Encoding.ASCII.GetBytes("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\n\r\nhello")));
        AssertAlive();
    }

    [Fact]
    public void The_write_command_is_the_one_post_served_and_only_small_and_from_the_preview_itself()
    {
        var write = $"POST /{PreviewServer.WritePath} HTTP/1.1\r\nHost: 127.0.0.1:{_port}\r\n";
        Assert.StartsWith("HTTP/1.1 413", Send(Encoding.ASCII.GetBytes($"{write}Content-Length: 5000\r\n\r\n{new string('x', 5000)}")));
        Assert.StartsWith("HTTP/1.1 413", Send(Encoding.ASCII.GetBytes($"{write}Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n")));
        Assert.StartsWith("HTTP/1.1 403", Send(Encoding.ASCII.GetBytes($"{write}Origin: http://elsewhere.example\r\nContent-Length: 0\r\n\r\n")));
        Assert.StartsWith("HTTP/1.1 405", Send(Encoding.ASCII.GetBytes($"POST /en/index.html HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n")));
        Assert.False(File.Exists(Path.Combine(server.Output, "en", "index.html")), "a refused command wrote the site");
        AssertAlive();

        var answer = Send(Encoding.ASCII.GetBytes($"{write}Origin: http://127.0.0.1:{_port}\r\nContent-Length: 2\r\n\r\n{{}}"));
        Assert.StartsWith("HTTP/1.1 200", answer);
        Assert.EndsWith("written\n", answer);
        Assert.Contains("</html>", File.ReadAllText(Path.Combine(server.Output, "en", "index.html")));
        AssertAlive();
    }

    [Fact]
    public void Clients_that_go_away_early_are_dropped()
    {
        for (var i = 0; i < 20; i++)
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, _port);
            var stream = client.GetStream();
            // Half a request, or a whole one whose answer is never read: then the connection is cut.
            stream.Write(Encoding.ASCII.GetBytes(i % 2 == 0 ? "GET /zh/inde" : "GET /zh/index.html HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
            client.Client.LingerState = new LingerOption(true, 0);
        }

        AssertAlive();
    }

    [Fact]
    public void Many_clients_at_once_are_all_answered()
    {
        // Threads of their own: clients blocked on the thread pool would starve the server they wait for.
        var answers = new string[40];
        var clients = Enumerable.Range(0, answers.Length)
            .Select(i => new Thread(() =>
            {
                // A failure here must fail the test, not kill the test host (an exception on a bare thread does).
                try
                {
                    answers[i] = Send(Encoding.ASCII.GetBytes("GET /zh/index.html HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
                }
                catch (SocketException e)
                {
                    answers[i] = $"not answered: {e.Message}";
                }
            }))
            .ToList();
        clients.ForEach(c => c.Start());
        clients.ForEach(c => c.Join());
        Assert.All(answers, answer => Assert.StartsWith("HTTP/1.1 200", answer));
    }

    [Fact]
    public void A_stream_of_random_requests_never_stops_the_preview()
    {
        var logged = LogLines().Count;
        var random = new Random(20261201);
        string[] methods = ["GET", "HEAD", "POST", "PUT", "OPTIONS", "TRACE", "G\u0001T", "", "GET GET"];
        string[] pieces = ["/", "zh", "en", "index.html", "..", "%00", "%2e%2e", "%ff", "%", "%zz", "\\", "//", "?a=%00", "#x", "~", "%c0%af", "\u4e2d", "assets", "404.html", "a b"];
        string[] headers = ["Host: 127.0.0.1", "Host:", "Range: bytes=9-2", "Content-Length: -1", "Content-Length: 99999999999", "Transfer-Encoding: chunked", "Expect: 100-continue", "X: \u0000", ": empty", "Connection: close"];
        for (var i = 0; i < 150; i++)
        {
            var path = string.Concat(Enumerable.Range(0, random.Next(1, 8)).Select(_ => pieces[random.Next(pieces.Length)] + (random.Next(3) == 0 ? "/" : "")));
            var request = new StringBuilder($"{methods[random.Next(methods.Length)]} /{path} HTTP/1.{random.Next(2)}\r\n");
            foreach (var _ in Enumerable.Range(0, random.Next(0, 4))) request.Append(headers[random.Next(headers.Length)]).Append("\r\n");
            var bytes = Encoding.UTF8.GetBytes(request.Append(random.Next(5) == 0 ? "" : "\r\n").ToString());
            if (random.Next(6) == 0) random.NextBytes(bytes.AsSpan(random.Next(bytes.Length)));
            Send(bytes, readAnswer: random.Next(4) != 0);
        }

        AssertAlive();
        Assert.All(LogLines().Skip(logged), line => Assert.True(line.StartsWith("preview: ", StringComparison.Ordinal), _log.ToString()));
    }

    private void AssertAlive()
    {
        var answer = Send(Encoding.ASCII.GetBytes("GET /en/index.html HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
        Assert.StartsWith("HTTP/1.1 200", answer);
        Assert.Contains("</html>", answer);
    }

    private List<string> LogLines() => _log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();

    /// <summary>Sends raw bytes and returns what came back (empty when the server closed or said nothing in time).</summary>
    private string Send(byte[] request, bool readAnswer = true)
    {
        using var client = new TcpClient();
        client.Connect(IPAddress.Loopback, _port);
        client.ReceiveTimeout = 30_000;
        var stream = client.GetStream();
        try
        {
            stream.Write(request);
            if (!readAnswer) return "";
            client.Client.Shutdown(SocketShutdown.Send);
            using var answer = new MemoryStream();
            var buffer = new byte[8192];
            int read;
            while ((read = stream.Read(buffer)) > 0) answer.Write(buffer, 0, read);
            return Encoding.UTF8.GetString(answer.ToArray());
        }
        catch (IOException)
        {
            return ""; // the server cut the connection, as it may for garbage
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
