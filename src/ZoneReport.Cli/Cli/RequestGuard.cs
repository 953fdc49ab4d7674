using System.Net;

namespace ZoneReport.Cli;

/// <summary>
/// Keeps the preview alive whatever a client sends: every request is checked before it is served
/// (method, length of the address and headers, no body, no control characters in the path) and
/// served inside a guard, so a bad request gets a 4xx, a client that goes away is dropped, a bug
/// gives a 500, and each costs one log line, never the server. At most
/// <see cref="MaxConcurrentRequests"/> requests are served at once; the rest wait to be accepted.
/// </summary>
/// <param name="actions">
/// The paths (without the leading '/') that also take a POST: commands such as "write the site to disk".
/// Such a POST must come from no page or from the preview's own pages (its Origin, when sent, is the
/// preview's address) and may carry at most <see cref="MaxActionBodyBytes"/> bytes, which are read and ignored.
/// </param>
public sealed class RequestGuard(Action<HttpListenerContext> serve, TextWriter log, IReadOnlyCollection<string>? actions = null)
{
    public const int MaxConcurrentRequests = 16;
    public const int MaxUrlLength = 2048;
    public const int MaxHeaderBytes = 16 * 1024;
    public const int MaxActionBodyBytes = 1024;

    private readonly IReadOnlyCollection<string> _actions = actions ?? [];

    private readonly SemaphoreSlim _slots = new(MaxConcurrentRequests);
    private readonly object _logGate = new();

    /// <summary>Accepts and serves requests until the listener stops.</summary>
    /// <param name="stopping">Cancelled just before the listener is stopped: HttpListener fails a waiting
    /// GetContext while it still says it is listening, and a GetContext begun in that moment would wait forever.</param>
    public void Listen(HttpListener listener, CancellationToken stopping = default)
    {
        while (listener.IsListening && !stopping.IsCancellationRequested)
        {
            _slots.Wait();
            HttpListenerContext context;
            try
            {
                context = listener.GetContext();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                _slots.Release();
                if (!listener.IsListening || stopping.IsCancellationRequested) break;
                Log($"preview: a connection failed before its request was read ({e.Message})");
                continue;
            }

            ThreadPool.UnsafeQueueUserWorkItem(_ =>
            {
                try
                {
                    Handle(context);
                }
                finally
                {
                    _slots.Release();
                }
            }, null);
        }
    }

    /// <summary>Checks one request, serves it if it is fit to serve, and never throws.</summary>
    public void Handle(HttpListenerContext context)
    {
        var request = context.Request;
        var shown = Shown(request);
        try
        {
            if (Refusal(request, _actions) is var (status, reason))
            {
                Log($"preview: {status} for {shown}: {reason}");
                Respond(context.Response, status, reason);
                return;
            }

            if (request.HttpMethod == "POST") Drain(request);
            serve(context);
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            Log($"preview: dropped {shown}: the client went away ({e.Message})");
            Abort(context.Response);
        }
        catch (Exception e)
        {
            Log($"preview: 500 for {shown}: {e.GetType().Name}: {e.Message}");
            try
            {
                Respond(context.Response, 500, "the preview failed on this request; see its log");
            }
            catch (Exception)
            {
                Abort(context.Response);
            }
        }
    }

    /// <summary>Why a request is not served (a status and a reason), or null when it may be.</summary>
    public static (int Status, string Reason)? Refusal(HttpListenerRequest request, IReadOnlyCollection<string>? actions = null)
    {
        var action = request.HttpMethod == "POST" && actions is not null && actions.Contains(request.Url?.AbsolutePath.TrimStart('/') ?? "");
        if (request.HttpMethod is not ("GET" or "HEAD") && !action) return (405, $"method {Printable(request.HttpMethod)} is not served here; the preview only reads");
        if (request.RawUrl is not { } raw || raw.Length > MaxUrlLength) return (414, $"the address is longer than {MaxUrlLength} characters");
        var headerBytes = request.Headers.AllKeys.Sum(k => (k?.Length ?? 0) + (request.Headers[k]?.Length ?? 0) + 4);
        if (headerBytes > MaxHeaderBytes) return (431, $"the headers are larger than {MaxHeaderBytes} bytes");
        if (action)
        {
            if (request.HasEntityBody && (request.ContentLength64 < 0 || request.ContentLength64 > MaxActionBodyBytes))
            {
                return (413, $"a command to the preview takes a body of at most {MaxActionBodyBytes} bytes, with a Content-Length");
            }

            if (request.Headers["Origin"] is { } origin && !SameOrigin(origin, request.Url))
            {
                return (403, "a command to the preview comes only from the preview's own pages");
            }
        }
        else if (request.HasEntityBody)
        {
            return (413, "a request to the preview has no body");
        }

        if (request.Url is not { } url) return (400, "the address cannot be read");
        string path;
        try
        {
            path = Uri.UnescapeDataString(url.AbsolutePath);
        }
        catch (UriFormatException)
        {
            return (400, "the address is not properly escaped");
        }

        if (path.Any(c => char.IsControl(c) || char.IsSurrogate(c) && !char.IsSurrogatePair(path, path.IndexOf(c))))
        {
            return (400, "the address holds a control character or broken text");
        }

        return null;
    }

    private static bool SameOrigin(string origin, Uri? url) =>
        url is not null && Uri.TryCreate(origin, UriKind.Absolute, out var from) &&
        from.Scheme == url.Scheme && string.Equals(from.Authority, url.Authority, StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads (at most <see cref="MaxActionBodyBytes"/> of) a command's body, so the connection stays in step.</summary>
    private static void Drain(HttpListenerRequest request)
    {
        if (!request.HasEntityBody) return;
        var buffer = new byte[MaxActionBodyBytes + 1];
        var total = 0;
        int read;
        while (total <= MaxActionBodyBytes && (read = request.InputStream.Read(buffer, total, buffer.Length - total)) > 0) total += read;
    }

    private static void Respond(HttpListenerResponse response, int status, string reason)
    {
        using (response)
        {
            var body = System.Text.Encoding.UTF8.GetBytes($"{status}: {reason}\n");
            response.StatusCode = status;
            if (status == 405) response.Headers["Allow"] = "GET, HEAD";
            response.ContentType = "text/plain; charset=utf-8";
            response.ContentLength64 = body.Length;
            response.OutputStream.Write(body);
        }
    }

    private static void Abort(HttpListenerResponse response)
    {
        try
        {
            response.Abort();
        }
        catch (Exception)
        {
            // Already gone.
        }
    }

    /// <summary>The request for the log: method and address, cut short and without control characters.</summary>
    private static string Shown(HttpListenerRequest request)
    {
        var url = request.RawUrl ?? "?";
        return $"{Printable(request.HttpMethod)} {Printable(url.Length > 120 ? url[..120] + "…" : url)}";
    }

    private static string Printable(string? text) =>
        string.Concat((text ?? "").Take(300).Select(c => char.IsControl(c) ? '?' : c));

    private void Log(string line)
    {
        lock (_logGate) log.WriteLine(Printable(line.ReplaceLineEndings(" ")));
    }
}
