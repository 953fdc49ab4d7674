using System.Text;
using ZoneReport.Model;
using ZoneReport.Rendering;

namespace ZoneReport.Formats;

/// <summary>One address the site promises to keep, and the source file that makes it.</summary>
/// <param name="Line">Where it is written when read from a urls.txt (0 when made by this build).</param>
public sealed record PromisedAddress(string Address, string Source, int Line = 0);

/// <summary>
/// urls.txt: every address the site publishes for readers and promises to keep, one per line, sorted
/// (ordinal), each followed by two spaces and the source file it is made from. Pages are listed as
/// servers serve them, a folder with its trailing '/' ("/zh/zone/2022/news/"); aliases (redirect
/// pages and copies) as they are written. The feeds (per language, per zone, of corrections) and the
/// figure downloads (CSV, JSON) are part of the record too: readers subscribe to them and scripts
/// fetch them, so they may not disappear either. Pages readers may not see yet (drafts, embargoed articles), 404 pages
/// and the search pages (a build option) are left out. Addresses are from the site's root, so a move
/// of the whole site to another base_url keeps them.
/// </summary>
public static class UrlList
{
    public const string FileName = "urls.txt";

    /// <summary>The committed record in the site folder, which a fresh clone's build is held to.</summary>
    public const string RecordPath = "content/urls.txt";

    private const string Header = "# Every address this site has published and keeps (ZoneReport, see README: Permanent addresses).\n";

    public static IReadOnlyList<PromisedAddress> Of(SiteContent content, IReadOnlyList<PageSpec> pages, IReadOnlyList<Redirect> redirects, IReadOnlyList<AliasCopy> copies)
    {
        var feeds = AtomFeed.List(content).Select(f => new PromisedAddress(AddressOf(f.Path), f.Zone?.SourceFile ?? "site.yml"))
            .Concat(content.Config.Languages.Select(l => new PromisedAddress(AddressOf(Corrections.CorrectionLog.FeedPath(l)), "site.yml")));
        var downloads = content.Editions.Where(e => content.DataOf(e).Figures.Length > 0)
            .SelectMany(e => new[] { FigureData.CsvPath(e), FigureData.JsonPath(e) }.Select(p => new PromisedAddress(AddressOf(p), e.SourceFile)));
        var listed = pages.Where(p => p.Indexable && p.Kind is not ("404" or "search"))
            .Select(p => new PromisedAddress(AddressOf(p.Path), SourceOf(content, p)))
            .Concat(redirects.Where(r => r.Target.Indexable).Select(r => new PromisedAddress(r.Alias.Address, r.Alias.Location.File)))
            .Concat(feeds).Concat(downloads)
            .Concat(copies.Select(c => new PromisedAddress(c.Alias.Address, c.Alias.Location.File)));
        return listed.DistinctBy(a => a.Address, StringComparer.Ordinal).OrderBy(a => a.Address, StringComparer.Ordinal).ToList();
    }

    /// <summary>The address of an output file: "zh/a/index.html" is "/zh/a/", "404.html" is "/404.html".</summary>
    public static string AddressOf(string path) =>
        "/" + (path == "index.html" ? "" : path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path);

    public static string Text(IEnumerable<PromisedAddress> addresses)
    {
        // Tens of thousands of lines: sized once rather than grown chunk by chunk.
        var list = addresses as IReadOnlyCollection<PromisedAddress> ?? addresses.ToList();
        var text = new StringBuilder(Header, Header.Length + list.Sum(a => a.Address.Length + a.Source.Length + 3));
        foreach (var address in list) text.Append(address.Address).Append("  ").Append(address.Source).Append('\n');
        return text.ToString();
    }

    /// <summary>The addresses of a urls.txt, with their line numbers; blank lines and '#' comments are skipped.</summary>
    /// <returns>The addresses, and the lines that are not an address (line number, text).</returns>
    public static (IReadOnlyList<PromisedAddress> Addresses, IReadOnlyList<(int Line, string Text)> Unreadable) Parse(string text)
    {
        var addresses = new List<PromisedAddress>();
        var unreadable = new List<(int, string)>();
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var space = line.IndexOfAny([' ', '\t']);
            var address = space < 0 ? line : line[..space];
            if (!address.StartsWith('/')) unreadable.Add((i + 1, line));
            else addresses.Add(new PromisedAddress(address, space < 0 ? "" : line[space..].Trim(), i + 1));
        }

        return (addresses, unreadable);
    }

    private static string SourceOf(SiteContent content, PageSpec page)
    {
        if (page.Body is var (_, text)) return text.SourceFile;
        if (page.Kind == "plan" && page.Edition is { } planEdition)
        {
            var plan = content.DataOf(planEdition).Plans.FirstOrDefault(p => PagePaths.Plan(page.Language, planEdition, p) == page.Path);
            if (plan is not null) return plan.Origin.File;
        }

        return page.Edition?.SourceFile ?? page.Zone?.SourceFile ?? "site.yml";
    }
}
