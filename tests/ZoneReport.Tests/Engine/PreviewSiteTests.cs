using ZoneReport.Engine;
using ZoneReport.Site;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Engine;

public sealed class PreviewSiteTests : IDisposable
{
    private readonly TestSite _site = new();

    private PreviewSite Preview() => new(new BuildOptions(_site.Folder));

    private string Page(PreviewSite preview, string path) => System.Text.Encoding.UTF8.GetString(preview.Find(path)!);

    [Fact]
    public void Builds_into_memory_without_writing_the_output_folder()
    {
        var preview = Preview();
        Assert.True(preview.Rebuild());
        Assert.Contains("<html lang=\"en\">", Page(preview, "en/index.html"));
        Assert.False(Directory.Exists(_site.Output));
        Assert.False(Directory.Exists(Path.Combine(_site.Folder, ".cache", "engine")));
    }

    [Fact]
    public void A_save_rebuilds_only_what_changed_and_the_files_equal_a_clean_build()
    {
        var preview = Preview();
        preview.Rebuild();
        var version = preview.Version;
        _site.Replace($"{_site.EditionFolder}/news.en.md", "GDP grew 7%", "GDP grew 7.2%");

        Assert.True(preview.Rebuild());
        Assert.Equal(version + 1, preview.Version);
        Assert.Equal(2, preview.LastRebuild.Changed); // the article page and the checksum manifest
        Assert.Contains("GDP grew 7.2%", Page(preview, "en/sample-zone/2022/news/index.html"));

        _site.Build();
        var onDisk = Directory.EnumerateFiles(_site.Output, "*", SearchOption.AllDirectories).ToList();
        Assert.Equal(onDisk.Count, preview.FileCount);
        Assert.All(onDisk, file => Assert.Equal(File.ReadAllBytes(file), preview.Find(Path.GetRelativePath(_site.Output, file).Replace('\\', '/'))));
    }

    [Fact]
    public void A_failed_rebuild_keeps_the_last_good_site_and_its_errors_until_fixed()
    {
        var preview = Preview();
        preview.Rebuild();
        var before = Page(preview, "en/sample-zone/2022/news/index.html");
        _site.Replace($"{_site.EditionFolder}/news.en.md", "GDP grew 7%", "GDP grew [7%](missing.en.md)");

        Assert.False(preview.Rebuild());
        Assert.Contains(preview.Errors, e => e.Message.Contains("broken link", StringComparison.Ordinal) && e.Location.File.EndsWith("news.en.md", StringComparison.Ordinal));
        Assert.Equal(before, Page(preview, "en/sample-zone/2022/news/index.html"));

        _site.Replace($"{_site.EditionFolder}/news.en.md", "GDP grew [7%](missing.en.md)", "GDP grew 8%");
        Assert.True(preview.Rebuild());
        Assert.Empty(preview.Errors);
        Assert.Contains("GDP grew 8%", Page(preview, "en/sample-zone/2022/news/index.html"));
    }

    [Fact]
    public void A_site_yml_error_and_a_content_error_are_reported_by_one_rebuild()
    {
        var preview = Preview();
        preview.Rebuild();
        _site.Replace("site.yml", "output: _site", "output: _site\nmissing_translation: warning");
        _site.Replace($"{_site.EditionFolder}/news.en.md", "order: 2", "order: second");

        Assert.False(preview.Rebuild());
        Assert.Equal(["site.yml:9:22", $"{_site.EditionFolder}/news.en.md:4:8"],
            preview.Errors.Select(e => e.Location.ToString()).Order(StringComparer.Ordinal).Reverse());
    }

    [Fact]
    public void Writing_to_disk_gives_the_site_a_build_gives()
    {
        var preview = Preview();
        preview.Rebuild();
        var result = preview.WriteToDisk();
        Assert.Equal(preview.FileCount, result.TotalFiles);
        Assert.Equal(Page(preview, "en/index.html"), _site.Page("en/index.html"));
    }

    public void Dispose() => _site.Dispose();
}
