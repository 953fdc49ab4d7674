using System.Text;
using ZoneReport.Engine;
using ZoneReport.Site;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Engine;

/// <summary>
/// The preview's promise: after each save it serves exactly what `build` makes. Each save is
/// answered as the server answers it: the saved articles' pages first (<see cref="PreviewSite.RenderSaved"/>),
/// then the full rebuild; after the rebuild every file equals a clean build's, and a save that
/// breaks the site shows its errors over the last good site.
/// </summary>
public sealed class PreviewEqualityTests : IDisposable
{
    private readonly TestSite _site = new();
    private readonly string _clean = Path.Combine(Path.GetTempPath(), "zonereport-tests", "preview-clean-" + Guid.NewGuid().ToString("N"));

    private PreviewSite Preview() => new(new BuildOptions(_site.Folder));

    [Theory]
    [InlineData(7, 24)]
    [InlineData(2027, 24)]
    public void After_every_save_of_a_random_series_the_preview_serves_what_a_clean_build_makes(int seed, int steps)
    {
        var preview = Preview();
        Assert.True(preview.Rebuild());
        AssertSameAsClean(preview, "the first build");
        var edits = new Edits(_site, new Random(seed));
        var quick = 0;
        for (var step = 0; step < steps; step++)
        {
            var before = Sources();
            var what = edits.ApplyOne(step);
            var saved = Changed(before, Sources());
            var servedBefore = Files(preview);
            var rendered = preview.RenderSaved(saved);
            var quickPages = Files(preview).Where(f => !servedBefore.TryGetValue(f.Key, out var was) || was != f.Value).ToList();
            if (rendered) Assert.NotEmpty(quickPages);
            if (rendered && preview.Rebuild())
            {
                quick++;
                // A change of an article's own text: its quick page is already the page the build makes.
                foreach (var (path, bytes) in quickPages) Assert.True(bytes == Files(preview)[path], $"{what}: the quick page {path} differs from the rebuilt one");
            }
            else if (rendered || !preview.Rebuild())
            {
                // Quick or not, a save that breaks the site (also one whose own page renders, such as a
                // renamed heading another article links to) shows the errors over the last good site.
                Assert.NotEmpty(preview.Errors);
                Assert.Equal(servedBefore, Files(preview)); // the last good site, under the errors
                Restore(before);
                Assert.True(preview.Rebuild(), $"{what}: undone, the site still does not build");
            }

            AssertSameAsClean(preview, $"step {step} (seed {seed}): {what}");
        }

        Assert.True(quick > 0, "no save was rendered quickly");
    }

    [Fact]
    public void A_saved_article_is_served_at_once_and_the_rebuild_after_equals_a_build()
    {
        var preview = Preview();
        preview.Rebuild();
        var version = preview.Version;
        _site.Replace($"{_site.EditionFolder}/news.en.md", "GDP grew 7%", "GDP grew 7.3%");

        Assert.True(preview.RenderSaved([$"{_site.EditionFolder}/news.en.md"]));
        Assert.Equal(1, preview.LastQuickRender.Pages);
        Assert.True(preview.Version > version);
        Assert.Contains("GDP grew 7.3%", Page(preview, "en/sample-zone/2022/news/index.html"));

        Assert.True(preview.Rebuild());
        Assert.Contains("GDP grew 7.3%", Page(preview, "en/sample-zone/2022/news/index.html"));
        AssertSameAsClean(preview, "one article saved");
    }

    [Fact]
    public void A_save_that_breaks_the_article_gets_no_quick_page_and_the_rebuild_shows_the_error()
    {
        var preview = Preview();
        preview.Rebuild();
        var before = Page(preview, "en/sample-zone/2022/news/index.html");
        _site.Replace($"{_site.EditionFolder}/news.en.md", "GDP grew 7%", "GDP grew [7%](missing.en.md)");

        Assert.False(preview.RenderSaved([$"{_site.EditionFolder}/news.en.md"]));
        Assert.False(preview.Rebuild());
        Assert.Contains(preview.Errors, e => e.Message.Contains("broken link", StringComparison.Ordinal));
        Assert.Equal(before, Page(preview, "en/sample-zone/2022/news/index.html"));
    }

    [Fact]
    public void Saving_an_article_back_as_it_was_serves_the_built_page_again()
    {
        var preview = Preview();
        preview.Rebuild();
        var before = Page(preview, "en/sample-zone/2022/news/index.html");
        var file = $"{_site.EditionFolder}/news.en.md";
        _site.Replace(file, "GDP grew 7%", "GDP grew 9%");
        Assert.True(preview.RenderSaved([file]));
        // Undone before the rebuild ran: the sources are those of the last build again.
        _site.Replace(file, "GDP grew 9%", "GDP grew 7%");

        Assert.True(preview.Rebuild());
        Assert.Equal(before, Page(preview, "en/sample-zone/2022/news/index.html"));
    }

    [Fact]
    public void Data_templates_and_new_articles_get_no_quick_page()
    {
        var preview = Preview();
        preview.Rebuild();
        _site.Replace("templates/article.html", "<article>", "<article class=\"changed\">");
        Assert.False(preview.RenderSaved(["templates/article.html"]));
        foreach (var language in new[] { "zh", "en" }) _site.Write($"{_site.EditionFolder}/extra.{language}.md", "---\ntitle: Extra\nsummary: More.\norder: 3\n---\n\nBody.\n");
        Assert.False(preview.RenderSaved([$"{_site.EditionFolder}/extra.en.md", $"{_site.EditionFolder}/extra.zh.md"]));
        Assert.True(preview.Rebuild(), string.Join("; ", preview.Errors.Select(e => e.Format())));
        AssertSameAsClean(preview, "a template and a new article");
    }

    private static string Page(PreviewSite preview, string path) => Encoding.UTF8.GetString(preview.Find(path)!);

    /// <summary>Every file the preview serves, by path (as base64, to compare by value).</summary>
    private static Dictionary<string, string> Files(PreviewSite preview) =>
        preview.Paths.ToDictionary(p => p, p => Convert.ToBase64String(preview.Find(p)!), StringComparer.Ordinal);

    private void AssertSameAsClean(PreviewSite preview, string when)
    {
        if (Directory.Exists(_clean)) Directory.Delete(_clean, recursive: true);
        SiteBuilder.Build(new BuildOptions(_site.Folder, _clean, UseImageCache: false));
        var clean = Tree(_clean);
        Assert.True(clean.Count == preview.FileCount, $"{when}: the clean build has {clean.Count} files, the preview {preview.FileCount}");
        foreach (var (path, text) in clean)
        {
            Assert.True(preview.Find(path) is { } bytes && Convert.ToBase64String(bytes) == text, $"{when}: {path} differs from a clean build's");
        }
    }

    private static Dictionary<string, string> Tree(string root) =>
        Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), f => Convert.ToBase64String(File.ReadAllBytes(f)), StringComparer.Ordinal)
            : [];

    private Dictionary<string, byte[]> Sources() =>
        Directory.EnumerateFiles(_site.Folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_site.Folder, f).Replace('\\', '/'))
            .Where(f => f == "site.yml" || f.StartsWith("content/", StringComparison.Ordinal) || f.StartsWith("templates/", StringComparison.Ordinal))
            .ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(_site.Folder, f)), StringComparer.Ordinal);

    /// <summary>The files an edit wrote, added or deleted: what the server's watcher reports.</summary>
    private static List<string> Changed(Dictionary<string, byte[]> before, Dictionary<string, byte[]> after) =>
        before.Keys.Union(after.Keys).Where(f => !before.TryGetValue(f, out var was) || !after.TryGetValue(f, out var now) || !was.AsSpan().SequenceEqual(now))
            .Order(StringComparer.Ordinal).ToList();

    private void Restore(Dictionary<string, byte[]> sources)
    {
        foreach (var (path, _) in Sources().Where(f => !sources.ContainsKey(f.Key))) File.Delete(Path.Combine(_site.Folder, path));
        foreach (var (path, bytes) in sources)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_site.Folder, path))!);
            File.WriteAllBytes(Path.Combine(_site.Folder, path), bytes);
        }
    }

    public void Dispose()
    {
        _site.Dispose();
        if (Directory.Exists(_clean)) Directory.Delete(_clean, recursive: true);
    }
}
