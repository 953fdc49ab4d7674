namespace ZoneReport.Archive.Export;

/// <summary>The Content-Type a web server sends for each kind of file the site publishes.</summary>
public static class ContentTypes
{
    public static string Of(string path)
    {
        if (path.EndsWith("/feed.xml", StringComparison.Ordinal) || path == "feed.xml") return "application/atom+xml; charset=utf-8";
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".html" => "text/html; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            ".js" or ".mjs" => "text/javascript; charset=utf-8",
            ".json" => "application/json; charset=utf-8",
            ".xml" => "application/xml; charset=utf-8",
            ".txt" => "text/plain; charset=utf-8",
            ".csv" => "text/csv; charset=utf-8",
            ".bib" => "application/x-bibtex; charset=utf-8",
            ".ris" => "application/x-research-info-systems; charset=utf-8",
            ".svg" => "image/svg+xml",
            ".jpg" or ".jpeg" => "image/jpeg",
            ".png" => "image/png",
            ".webp" => "image/webp",
            ".gif" => "image/gif",
            ".ico" => "image/x-icon",
            ".woff2" => "font/woff2",
            ".epub" => "application/epub+zip",
            _ => "application/octet-stream",
        };
    }
}
