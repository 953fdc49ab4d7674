using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Xhtml;

namespace ZoneReport.Archive.Epub;

/// <summary>One XHTML document of a book, made from the main content of a built page.</summary>
internal sealed record EpubChapter(string FileName, string Title, string Body, bool HasSvg, IReadOnlyList<string> Images);

/// <summary>
/// Turns a built HTML page into an EPUB content document: the page's &lt;main&gt; without site
/// navigation and download links, key figures as a table, links to the book's other pages turned
/// into links between its files, other links made absolute, photos reduced to one image file kept in
/// the book (alternative text and captions as on the page), inline SVG charts kept.
/// </summary>
internal static class EpubChapters
{
    private static readonly string[] Dropped =
        ["nav", "script", "noscript", "link", "picture > source", ".cite-files", ".skip", "form"];

    private static readonly string[] DroppedAttributes = ["srcset", "sizes", "loading", "decoding", "fetchpriority", "download", "type"];

    /// <param name="sitePath">The page's path in the site, e.g. zh/zone/2022/index.html.</param>
    /// <param name="bookFiles">Site page path → file name in the book, for the links between them.</param>
    /// <param name="images">Collects site path → file name in the book of every image the chapter shows.</param>
    public static EpubChapter Make(IHtmlDocument page, string sitePath, string fileName, IReadOnlyDictionary<string, string> bookFiles,
        IDictionary<string, string> images, bool chinese)
    {
        var main = page.QuerySelector("main") ?? page.Body!;
        foreach (var selector in Dropped)
        {
            foreach (var element in main.QuerySelectorAll(selector).ToList()) element.Remove();
        }

        foreach (var picture in main.QuerySelectorAll("picture").ToList())
        {
            if (picture.QuerySelector("img") is { } img) picture.Replace(img);
            else picture.Remove();
        }

        FiguresAsTables(main, page, chinese);
        var canonical = page.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? "https://localhost/";
        var shown = new List<string>();
        foreach (var img in main.QuerySelectorAll("img"))
        {
            var source = Resolve(sitePath, img.GetAttribute("src") ?? "");
            var name = "images/" + source[(source.LastIndexOf('/') + 1)..];
            images[source] = name;
            shown.Add(name);
            img.SetAttribute("src", name);
            if (!img.HasAttribute("alt")) img.SetAttribute("alt", "");
        }

        foreach (var anchor in main.QuerySelectorAll("a[href]"))
        {
            var href = anchor.GetAttribute("href")!;
            if (href.StartsWith('#') || Uri.TryCreate(href, UriKind.Absolute, out _)) continue;
            var hash = href.Contains('#') ? href[href.IndexOf('#')..] : "";
            var target = Resolve(sitePath, hash.Length > 0 ? href[..href.IndexOf('#')] : href);
            anchor.SetAttribute("href", bookFiles.TryGetValue(target, out var file) ? file + hash : new Uri(new Uri(canonical), href).AbsoluteUri);
        }

        foreach (var element in main.QuerySelectorAll("*"))
        {
            foreach (var attribute in DroppedAttributes.Where(element.HasAttribute)) element.RemoveAttribute(attribute);
        }

        var svg = main.QuerySelectorAll("svg").Length > 0;
        var body = new StringWriter();
        foreach (var node in main.ChildNodes) node.ToHtml(body, XhtmlMarkupFormatter.Instance);
        var title = page.QuerySelector("main h1")?.TextContent.Trim() ?? page.Title ?? fileName;
        return new EpubChapter(fileName, title, body.ToString(), svg, shown);
    }

    /// <summary>The key figures (a list of value and label on the site) as a table: indicator, value, source.</summary>
    private static void FiguresAsTables(IElement main, IHtmlDocument page, bool chinese)
    {
        foreach (var list in main.QuerySelectorAll("ul.figures").ToList())
        {
            var table = page.CreateElement("table");
            table.ClassName = "figures";
            var head = page.CreateElement("thead");
            head.AppendChild(Row(page, "th", chinese ? ["指标", "数值", "来源"] : ["Indicator", "Value", "Source"]));
            table.AppendChild(head);
            var rows = page.CreateElement("tbody");
            foreach (var figure in list.QuerySelectorAll(".figure"))
            {
                rows.AppendChild(Row(page, "td",
                [
                    figure.QuerySelector(".figure-label")?.TextContent.Trim() ?? "",
                    figure.QuerySelector(".figure-value")?.TextContent.Trim() ?? "",
                    figure.QuerySelector(".figure-source")?.TextContent.Trim() ?? "",
                ]));
            }

            table.AppendChild(rows);
            list.Replace(table);
        }
    }

    private static IElement Row(IHtmlDocument page, string cell, string[] texts)
    {
        var row = page.CreateElement("tr");
        foreach (var text in texts)
        {
            var element = page.CreateElement(cell);
            if (cell == "th") element.SetAttribute("scope", "col");
            element.TextContent = text;
            row.AppendChild(element);
        }

        return row;
    }

    /// <summary>A link's target as a path in the site: "../x/index.html" from "zh/a/b/index.html" is "zh/a/x/index.html".</summary>
    public static string Resolve(string fromPage, string href)
    {
        var parts = fromPage.Split('/').SkipLast(1).ToList();
        foreach (var part in href.Split('/'))
        {
            if (part == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
            else if (part is not ("." or "")) parts.Add(part);
        }

        var path = string.Join('/', parts);
        return href.EndsWith('/') || href.Length == 0 ? path + "/index.html" : path;
    }

    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);
}
