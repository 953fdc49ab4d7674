using System.Net;
using System.Text;
using ZoneReport.Diagnostics;

namespace ZoneReport.Cli;

/// <summary>
/// The page the preview shows instead of the site while the last rebuild failed: every error with
/// its file, line, column and hint, all escaped, and the reload script, so the page turns back
/// into the site as soon as the file is fixed and saved.
/// </summary>
public static class ErrorOverlay
{
    public static string Page(IReadOnlyList<BuildError> errors, string requestedPath)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Build failed · ZoneReport preview</title>\n")
            .Append("<style>body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#fff4f4;color:#1a1a1a}")
            .Append("main{max-width:60rem;margin:0 auto;padding:1rem}h1{color:#a00;font-size:1.4rem}")
            .Append("li{margin:0 0 1rem;padding:.75rem;background:#fff;border-left:4px solid #a00;list-style:none}")
            .Append("code{font:14px/1.4 ui-monospace,monospace;word-break:break-all}.hint{color:#444}</style>\n")
            .Append("</head>\n<body>\n<main>\n")
            .Append("<h1>The last rebuild failed: ").Append(errors.Count).Append(errors.Count == 1 ? " error" : " errors").Append("</h1>\n")
            .Append("<p>Fix the file and save it: this page reloads by itself. The site you saw before is kept (")
            .Append(WebUtility.HtmlEncode(requestedPath)).Append(").</p>\n<ol>\n");
        foreach (var error in errors)
        {
            html.Append("<li><code>").Append(WebUtility.HtmlEncode(error.Location.ToString())).Append("</code><br>")
                .Append(WebUtility.HtmlEncode(error.Message));
            if (!string.IsNullOrEmpty(error.Hint)) html.Append("<br><span class=\"hint\">hint: ").Append(WebUtility.HtmlEncode(error.Hint)).Append("</span>");
            html.Append("</li>\n");
        }

        html.Append("</ol>\n</main>\n</body>\n</html>\n");
        return LiveReload.Inject(html.ToString());
    }
}
