using System.Globalization;
using System.Net;
using System.Text;
using ZoneReport.Cli.Commands;
using ZoneReport.Site;

namespace ZoneReport.Cli;

/// <summary>
/// A live preview for editors: builds, serves the output folder on 127.0.0.1, and rebuilds when
/// anything in site.yml, content/ or templates/ changes; open pages reload after each good rebuild
/// (<see cref="LiveReload"/>). A failed rebuild prints its errors and keeps serving the last good site.
/// </summary>
public static class PreviewServer
{
    public static int Run(BuildOptions options, int port, CliContext cli, bool verbose)
    {
        var output = cli.Output;
        var builds = 0;
        if (BuildCommand.Run(options, cli, verbose) == 0) builds++;
        var site = Path.GetFullPath(options.SiteFolder);
        var outputFolder = OutputFolderOf(options, site);
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        try
        {
            listener.Start();
        }
        catch (HttpListenerException e)
        {
            cli.Errors.WriteLine($"error: cannot serve on http://127.0.0.1:{port}/: {e.Message}");
            cli.Errors.WriteLine($"  hint: another program (perhaps another preview) uses port {port}; stop it or choose another port with --port N");
            return ZoneReportCli.Failed;
        }

        output.WriteLine($"Serving {outputFolder} on http://127.0.0.1:{port}/ (Ctrl+C to stop)");

        using var rebuild = new Timer(_ =>
        {
            if (BuildCommand.Run(options, cli, verbose) == 0) Interlocked.Increment(ref builds);
        });
        using var watcher = new FileSystemWatcher(site) { IncludeSubdirectories = true };
        FileSystemEventHandler changed = (_, e) =>
        {
            if (IsSource(site, e.FullPath)) rebuild.Change(300, Timeout.Infinite);
        };
        watcher.Changed += changed;
        watcher.Created += changed;
        watcher.Deleted += changed;
        watcher.Renamed += (_, e) => changed(null!, e);
        watcher.EnableRaisingEvents = true;

        new RequestGuard(context => Serve(context, outputFolder, Volatile.Read(ref builds)), cli.Errors).Listen(listener);
        return 0;
    }

    private static string OutputFolderOf(BuildOptions options, string site)
    {
        if (options.OutputFolder is not null) return Path.GetFullPath(Path.Combine(site, options.OutputFolder));
        var config = ZoneReport.Configuration.SiteConfigLoader.Load(site);
        return Path.GetFullPath(Path.Combine(site, config.OutputFolder));
    }

    private static bool IsSource(string site, string path)
    {
        var relative = Path.GetRelativePath(site, path).Replace('\\', '/');
        return relative == "site.yml" || relative.StartsWith("content/", StringComparison.Ordinal) ||
               relative.StartsWith("templates/", StringComparison.Ordinal);
    }

    /// <summary>Serves one request from the output folder; <see cref="RequestGuard"/> has checked it and catches what it throws.</summary>
    public static void Serve(HttpListenerContext context, string root, int builds)
    {
        using var response = context.Response;
        var path = Uri.UnescapeDataString(context.Request.Url?.AbsolutePath ?? "/").TrimStart('/');
        if (path == LiveReload.VersionPath)
        {
            Write(response, "text/plain", Encoding.UTF8.GetBytes(builds.ToString(CultureInfo.InvariantCulture)));
            return;
        }

        var full = Path.GetFullPath(Path.Combine(root, path));
        if (Directory.Exists(full)) full = Path.Combine(full, "index.html");
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(full))
        {
            response.StatusCode = 404;
            full = Path.Combine(root, "404.html");
            if (!File.Exists(full)) return;
        }

        var type = Path.GetExtension(full) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            ".svg" => "image/svg+xml",
            ".xml" => "application/xml",
            ".txt" => "text/plain; charset=utf-8",
            ".png" => "image/png",
            ".webp" => "image/webp",
            ".jpg" or ".jpeg" => "image/jpeg",
            _ => "application/octet-stream",
        };
        var bytes = File.ReadAllBytes(full);
        if (full.EndsWith(".html", StringComparison.Ordinal))
        {
            bytes = Encoding.UTF8.GetBytes(LiveReload.Inject(Encoding.UTF8.GetString(bytes)));
        }

        Write(response, type, bytes);
    }

    private static void Write(HttpListenerResponse response, string contentType, byte[] bytes)
    {
        response.ContentType = contentType;
        response.Headers["Cache-Control"] = "no-store";
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
    }
}
