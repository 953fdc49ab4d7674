using ZoneReport.Formats;
using ZoneReport.Formats.Citations;
using ZoneReport.Formats.Corrections;
using ZoneReport.Images;
using ZoneReport.Model;
using ZoneReport.Rendering;

namespace ZoneReport.Engine;

/// <summary>
/// Every output of the site as a node, with the inputs it is made from. This is the one place that
/// says what depends on what; a new kind of output (a feed, a download, a review page) is one more
/// <c>nodes.Add(OutputNode.Text(path, inputs..., () => text))</c> here.
///
/// What a page reads, by kind (the templates decide what is shown; these are the files it comes from):
/// every page: site.yml, the shared templates (layouts, partials, i18n words, assets) and its own
/// template, and every zone.yml (the footer lists the zones); home, landing, 404 and zone pages:
/// every edition.yml (lists of editions); edition, plan and article pages: everything in their
/// edition's folder (edition.yml, data files, photos, every article of the edition, for the lists
/// of articles and the language switch); article pages also their own text's file and the
/// articles they link to (and a translation its original), learnt while rendering. An output that
/// lists the whole site (the sitemap) depends on every source file.
///
/// Only an article's own page (and those that read its file while rendering) shows its body: every
/// other input names an article text by its card, all its file says but the body (<see cref="ArticleCards"/>),
/// so a paragraph added to an article renders its page again and not its edition's lists or the feeds.
/// </summary>
public static class SiteNodes
{
    public static List<OutputNode> List(
        Inputs start,
        IReadOnlyList<PageSpec> pages,
        Func<PageSpec, NodeOutput> renderPage,
        Assets assets,
        IReadOnlyList<ImageFile> images,
        SiteContent content,
        IReadOnlyList<PageCitation> citations,
        IReadOnlyList<Redirect> redirects,
        Func<Redirect, string> renderRedirect,
        IReadOnlyList<AliasCopy> copies,
        string urls,

        Func<Language, string, string> word)
    {
        var config = content.Config;
        var sources = start.Sources;
        var feeds = AtomFeed.List(content);
        // Every page links to its language's and its zone's feeds, so the list of feeds is an input of every page.
        var shared = start.File("site.yml")
            .Value("shared-templates", sources.HashOf("shared-templates", IsSharedTemplate))
            .Value("zones", sources.HashOf("zones", IsZoneFile))
            .Value("feeds", string.Join('\n', feeds.Select(f => f.Path)));
        var siteLists = shared.Value("editions", sources.HashOf("editions", IsEditionFile));

        // Pages of one edition and one template share their inputs: made once per pair, not once per page.
        // Keyed by the edition record itself (its folder found once), not by a path made again for every page.
        var pageInputs = new Dictionary<(Edition? Edition, string Kind), Inputs>(new EditionAndKind());
        Inputs PageInputs(PageSpec page)
        {
            var key = (page.Edition, page.Kind);
            if (!pageInputs.TryGetValue(key, out var inputs))
            {
                inputs = (page.Edition is { } edition ? shared.Folder(FolderOf(edition)) : siteLists).File($"{TemplateSet.Folder}/{page.Template}");
                pageInputs[key] = inputs;
            }

            return inputs;
        }


        var nodes = new List<OutputNode>(pages.Count + assets.Files.Count + images.Count + redirects.Count + 2);
        // An article's page is the one output that shows its body: it names its text's file, all of it.
        foreach (var page in pages)
        {
            var inputs = page.Body is var (_, text) ? PageInputs(page).File(text.SourceFile) : PageInputs(page);
            nodes.Add(new OutputNode(page.Path, inputs, () => renderPage(page)));
        }

        // A redirect page shows its page's title and address, in the words of the page's language.
        foreach (var redirect in redirects)
        {
            nodes.Add(OutputNode.Text(redirect.Alias.OutputPath, PageInputs(redirect.Target).Value("target", redirect.Target.Path), () => renderRedirect(redirect)));
        }

        // A page's reference files (cite.bib, .ris, .json) come from the same sources as the page.
        var pagesByPath = pages.ToDictionary(p => p.Path, StringComparer.Ordinal);
        var citationInputs = new Dictionary<(Edition? Edition, string Kind), Inputs>(new EditionAndKind());
        foreach (var citation in citations)
        {
            var page = pagesByPath[citation.PagePath];
            if (!citationInputs.TryGetValue((page.Edition, ""), out var inputs))
            {
                inputs = page.Edition is { } edition ? shared.Folder(FolderOf(edition)) : siteLists;
                citationInputs[(page.Edition, "")] = inputs;
            }

            foreach (var (path, text) in citation.Files) nodes.Add(OutputNode.Text(path, inputs, text));
        }

        foreach (var (_, (path, bytes)) in assets.Files) nodes.Add(OutputNode.Bytes(path, start.Value("bytes", SourceHashes.Hash(bytes)), bytes));
        foreach (var image in images) nodes.Add(OutputNode.Bytes(image.Path, start.Value("bytes", SourceHashes.Hash(image.Content)), image.Content));
        nodes.Add(OutputNode.Text(Sitemap.SitemapPath, start.Everything(), () => Sitemap.Xml(config, pages)));
        nodes.Add(OutputNode.Text(Sitemap.RobotsPath, start.File("site.yml"), () => Sitemap.Robots(config)));
        nodes.Add(OutputNode.Text(UrlList.FileName, start.Value("addresses", SourceHashes.Hash(System.Text.Encoding.UTF8.GetBytes(urls))), () => urls));
        // A zone's feed lists the public articles of that zone alone: it is made from site.yml and the
        // zone's folder (zone.yml, its editions, their articles in every language), so a change
        // elsewhere does not render it again. Without a public entry it shows the whole site's
        // newest date, and a language's feed lists every zone: those depend on everything.
        var withEntries = content.Articles.Where(a => a.IsPublic)
            .SelectMany(a => a.Texts.Keys.Select(language => (a.Edition.Zone.Slug, language)))
            .ToHashSet();
        foreach (var feed in feeds)
        {
            var inputs = feed.Zone is { } zone && withEntries.Contains((zone.Slug, feed.Language.Id))
                ? start.File("site.yml").Folder(Path.GetDirectoryName(zone.SourceFile)!.Replace('\\', '/'))
                : start.Everything();
            nodes.Add(OutputNode.Text(feed.Path, inputs, () => AtomFeed.Xml(content, feed)));
        }
        foreach (var language in config.Languages)
        {
            nodes.Add(OutputNode.Text(CorrectionLog.FeedPath(language), start.Everything(), () => CorrectionFeed.Xml(content, language, key => word(language, key))));
        }

        foreach (var edition in content.Editions.Where(e => content.DataOf(e).Figures.Length > 0))
        {
            var inputs = start.File("site.yml").Folder(FolderOf(edition));
            nodes.Add(OutputNode.Text(FigureData.CsvPath(edition), inputs, () => FigureData.Csv(config, edition, content.DataOf(edition))));
            nodes.Add(OutputNode.Text(FigureData.JsonPath(edition), inputs, () => FigureData.Json(config, edition, content.DataOf(edition))));
        }

        // An old address of a feed or a download is the same file again: same inputs, same bytes.
        var byPath = new Dictionary<string, OutputNode>(copies.Count > 0 ? nodes.Count : 0, StringComparer.Ordinal);
        if (copies.Count > 0)
        {
            foreach (var node in nodes) byPath.TryAdd(node.Path, node);
        }

        foreach (var copy in copies)
        {
            if (byPath.TryGetValue(copy.TargetPath, out var target)) nodes.Add(target with { Path = copy.Alias.OutputPath });
        }

        nodes.Add(OutputNode.Text(Output.SiteMarker.FileName, start.Value("marker", Output.SiteMarker.Text), () => Output.SiteMarker.Text));
        return nodes;
    }

    /// <summary>The same edition record and the same kind of page (an edition's records are one object per build).</summary>
    private sealed class EditionAndKind : IEqualityComparer<(Edition? Edition, string Kind)>
    {
        public bool Equals((Edition? Edition, string Kind) x, (Edition? Edition, string Kind) y) =>
            ReferenceEquals(x.Edition, y.Edition) && string.Equals(x.Kind, y.Kind, StringComparison.Ordinal);

        public int GetHashCode((Edition? Edition, string Kind) key) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Edition), StringComparer.Ordinal.GetHashCode(key.Kind));
    }

    public static string FolderOf(Edition edition) => Path.GetDirectoryName(edition.SourceFile)!.Replace('\\', '/');

    private static bool IsSharedTemplate(string path) =>
        path.StartsWith(TemplateSet.Folder + "/", StringComparison.Ordinal) && path.IndexOf('/', TemplateSet.Folder.Length + 1) > 0;

    // content/<zone>/zone.yml and content/<zone>/<edition>/edition.yml
    private static bool IsZoneFile(string path) => path.StartsWith("content/", StringComparison.Ordinal) && path.EndsWith("/zone.yml", StringComparison.Ordinal) && path.Count(c => c == '/') == 2;

    private static bool IsEditionFile(string path) => path.StartsWith("content/", StringComparison.Ordinal) && path.EndsWith("/edition.yml", StringComparison.Ordinal) && path.Count(c => c == '/') == 3;
}
