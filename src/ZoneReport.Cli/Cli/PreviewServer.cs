using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using ZoneReport.Cli.Commands;
using ZoneReport.Engine;
using ZoneReport.Review;
using ZoneReport.Site;

namespace ZoneReport.Cli;

/// <summary>Where the preview listens and whether it opens a browser.</summary>
/// <param name="Bind">127.0.0.1 by default; 0.0.0.0 (or a LAN address) to open it on a phone on the same network.</param>
public sealed record PreviewSettings(int Port, string Bind = PreviewSettings.Loopback, bool Open = false)
{
    public const string Loopback = "127.0.0.1";

    /// <summary>The HttpListener prefix: any address is "*".</summary>
    public string Prefix => $"http://{(Bind is "0.0.0.0" or "*" or "::" ? "*" : Bind.Contains(':') ? $"[{Bind}]" : Bind)}:{Port}/";

    /// <summary>The address to print and open.</summary>
    public string Url => $"http://{(Bind is "0.0.0.0" or "*" or "::" ? Loopback : Bind.Contains(':') ? $"[{Bind}]" : Bind)}:{Port}/";
}

/// <summary>
/// A live preview for editors: the site is built into memory (<see cref="PreviewSite"/>) and served
/// from there; each save rebuilds only what changed, and open pages reload after each good rebuild
/// (<see cref="LiveReload"/>). While a rebuild has errors, pages show them (<see cref="ErrorOverlay"/>).
/// The translation review is served at /_review/ (<see cref="LiveReview"/>), never written to disk.
/// The output folder is written on exit (Ctrl+C) or on request (POST /__zonereport/write).
/// </summary>
public static class PreviewServer
{
    public const string WritePath = "__zonereport/write";

    /// <param name="stop">Stops the server as Ctrl+C does (for tests), writing the site to disk first.</param>
    public static int Run(BuildOptions options, PreviewSettings settings, CliContext cli, bool verbose, CancellationToken stop = default)
    {
        var output = cli.Output;
        var site = Path.GetFullPath(options.SiteFolder);
        // A rebuild keeps every pool thread busy: the next save's quick page and the requests for it
        // must not wait for the pool to grow (starved, it adds about one thread a second).
        ThreadPool.GetMinThreads(out var workers, out var completion);
        ThreadPool.SetMinThreads(Math.Max(workers, Environment.ProcessorCount * 8), completion);
        var preview = new PreviewSite(options);
        Report(preview, preview.Rebuild(), cli, first: true);
        using var listener = new HttpListener();
        listener.Prefixes.Add(settings.Prefix);
        try
        {
            listener.Start();
        }
        catch (HttpListenerException e)
        {
            cli.Errors.WriteLine($"error: cannot serve on {settings.Url}: {e.Message}");
            cli.Errors.WriteLine($"  hint: another program (perhaps another preview) uses port {settings.Port}; stop it or choose another port with --port N");
            return ZoneReportCli.Failed;
        }

        output.WriteLine($"Serving {site} from memory on {settings.Url} (Ctrl+C to stop and write the site to the output folder)");
        output.WriteLine($"Translation review: {settings.Url}{LiveReview.Folder}/ (never written to the output folder)");
        if (settings.Bind != PreviewSettings.Loopback) output.WriteLine($"Listening on {settings.Bind}: other devices on this network can open it at this machine's address, port {settings.Port}");
        if (settings.Open) OpenBrowser(settings.Url, cli);

        var saved = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        using var rebuild = new Timer(_ =>
        {
            // The saved articles' pages first, at once; then the whole site as `build` makes it.
            var files = saved.Keys.ToList();
            foreach (var file in files) saved.TryRemove(file, out var _);
            if (preview.RenderSaved(files)) ReportQuick(preview, cli);
            Report(preview, preview.Rebuild(), cli, first: false);
        });
        using var watcher = new FileSystemWatcher(site) { IncludeSubdirectories = true };
        FileSystemEventHandler changed = (_, e) =>
        {
            // A short pause gathers the several events of one save.
            if (!IsSource(site, e.FullPath)) return;
            saved[Path.GetRelativePath(site, e.FullPath).Replace('\\', '/')] = true;
            if (e is RenamedEventArgs renamed) saved[Path.GetRelativePath(site, renamed.OldFullPath).Replace('\\', '/')] = true;
            rebuild.Change(40, Timeout.Infinite);
        };
        watcher.Changed += changed;
        watcher.Created += changed;
        watcher.Deleted += changed;
        watcher.Renamed += (_, e) => changed(null!, e);
        watcher.EnableRaisingEvents = true;
        using var stopping = new CancellationTokenSource();
        void Stop()
        {
            WriteToDisk(preview, cli, verbose);
            stopping.Cancel();
            listener.Stop();
        }

        ConsoleCancelEventHandler onCtrlC = (_, e) =>
        {
            e.Cancel = true;
            Stop();
        };
        Console.CancelKeyPress += onCtrlC;
        using var onStop = stop.Register(Stop);

        var review = new LiveReview(site, options.IncludeDrafts);
        new RequestGuard(context => Serve(context, preview, review, cli, verbose), cli.Errors, actions: [WritePath]).Listen(listener, stopping.Token);
        Console.CancelKeyPress -= onCtrlC;
        return 0;
    }

    private static int WriteToDisk(PreviewSite preview, CliContext cli, bool verbose)
    {
        cli.Output.WriteLine("Writing the site to the output folder...");
        try
        {
            cli.Output.WriteLine(preview.WriteToDisk().Summary);
            return ZoneReportCli.Ok;
        }
        catch (Exception e)
        {
            return Failures.Report(e, verbose, cli.Errors);
        }
    }

    private static void Report(PreviewSite preview, bool good, CliContext cli, bool first)
    {
        if (!good)
        {
            foreach (var error in preview.Errors) cli.Errors.WriteLine(error.Format());
            cli.Errors.WriteLine($"Rebuild failed with {preview.Errors.Count} error(s); the browser shows them, the last good site is kept.");
            return;
        }

        if (first) foreach (var warning in preview.Warnings) cli.Errors.WriteLine(warning.Format().Replace(": error: ", ": warning: "));
        var (changedFiles, removed, elapsed) = preview.LastRebuild;
        cli.Output.WriteLine(first
            ? $"Built {preview.FileCount} files into memory in {elapsed.TotalSeconds:0.00} s"
            : $"Rebuilt in {elapsed.TotalSeconds:0.00} s: {changedFiles} file(s) changed, {removed} removed");
    }

    private static void ReportQuick(PreviewSite preview, CliContext cli)
    {
        var (pages, elapsed) = preview.LastQuickRender;
        cli.Output.WriteLine($"Rendered {pages} saved page(s) in {elapsed.TotalSeconds:0.00} s; rebuilding the rest...");
    }

    private static void OpenBrowser(string url, CliContext cli)
    {
        var opener = OperatingSystem.IsWindows() ? null : OperatingSystem.IsMacOS() ? "open" : "xdg-open";
        try
        {
            using var process = Process.Start(opener is null
                ? new ProcessStartInfo(url) { UseShellExecute = true }
                : new ProcessStartInfo(opener, [url]) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true });
        }
        catch (System.ComponentModel.Win32Exception)
        {
            cli.Errors.WriteLine($"warning: could not open a browser ({opener ?? "shell"} not found); open {url} yourself");
        }
    }

    private static bool IsSource(string site, string path)
    {
        var relative = Path.GetRelativePath(site, path).Replace('\\', '/');
        return relative == "site.yml" || relative.StartsWith("content/", StringComparison.Ordinal) ||
               relative.StartsWith("templates/", StringComparison.Ordinal);
    }

    /// <summary>The file for a request path: "" and "dir/" mean their index.html; null when the site has none.</summary>
    public static string? Resolve(PreviewSite preview, string requestPath)
    {
        var path = requestPath.TrimStart('/');
        if (path.Length == 0 || path.EndsWith('/')) path += "index.html";
        if (preview.Find(path) is not null) return path;
        var index = path + "/index.html";
        return preview.Find(index) is not null ? index : null;
    }

    /// <summary>Serves one request from memory; <see cref="RequestGuard"/> has checked it and catches what it throws.</summary>
    private static void Serve(HttpListenerContext context, PreviewSite preview, LiveReview review, CliContext cli, bool verbose)
    {
        using var response = context.Response;
        var requested = Uri.UnescapeDataString(context.Request.Url?.AbsolutePath ?? "/");
        if (context.Request.HttpMethod == "POST")
        {
            // The guard lets a POST through only to WritePath.
            var code = WriteToDisk(preview, cli, verbose);
            Write(response, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(code == 0 ? "written\n" : "failed\n"));
            return;
        }

        if (requested.TrimStart('/') == LiveReload.VersionPath)
        {
            Write(response, "text/plain", Encoding.UTF8.GetBytes(preview.Version.ToString(CultureInfo.InvariantCulture)));
            return;
        }

        // While the site has errors, the overlay below shows them on the review's pages too.
        if (LiveReview.Serves(requested) && preview.Errors.Count == 0 && Serve(response, review.Find(requested, preview.Version), requested)) return;
        var path = Resolve(preview, requested);
        var errors = preview.Errors;
        if (errors.Count > 0 && (path is null || path.EndsWith(".html", StringComparison.Ordinal)))
        {
            response.StatusCode = 500;
            Write(response, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(ErrorOverlay.Page(errors, requested)));
            return;
        }

        if (path is null)
        {
            response.StatusCode = 404;
            path = NotFoundPage.For(requested, p => preview.Find(p) is not null);
        }

        var bytes = preview.Find(path);
        if (bytes is null) return;
        if (path.EndsWith(".html", StringComparison.Ordinal))
        {
            var html = Encoding.UTF8.GetString(bytes);
            // Served at the address asked for, so its relative links must work from there.
            if (response.StatusCode == 404) html = NotFoundPage.AtAnyDepth(html, path);
            bytes = Encoding.UTF8.GetBytes(LiveReload.Inject(html));
        }
        Write(response, ContentType(path), bytes);
    }

    /// <returns>False when the review has no such page (the site's 404 page answers).</returns>
    private static bool Serve(HttpListenerResponse response, ReviewAnswer answer, string requested)
    {
        if (answer.RedirectTo is { } target)
        {
            response.StatusCode = 301;
            response.RedirectLocation = target;
            Write(response, "text/plain; charset=utf-8", []);
        }
        else if (answer.Errors.Count > 0)
        {
            response.StatusCode = 500;
            Write(response, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(ErrorOverlay.Page(answer.Errors, requested)));
        }
        else if (answer.Html is { } html) Write(response, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(LiveReload.Inject(html)));
        else return false;
        return true;
    }

    public static string ContentType(string path) => Path.GetExtension(path) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".xml" => "application/xml",
        ".txt" => "text/plain; charset=utf-8",
        ".json" => "application/json",
        ".png" => "image/png",
        ".webp" => "image/webp",
        ".jpg" or ".jpeg" => "image/jpeg",
        _ => "application/octet-stream",
    };

    private static void Write(HttpListenerResponse response, string contentType, byte[] bytes)
    {
        response.ContentType = contentType;
        response.Headers["Cache-Control"] = "no-store";
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
    }
}
