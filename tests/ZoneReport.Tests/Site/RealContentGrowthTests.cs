using ZoneReport.Tests.Cli;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Site;

/// <summary>
/// The newsroom adds an edition to an existing zone, and a new zone with its first edition, to a copy
/// of the real content with `zonereport new`, writes the texts, and builds: the site builds without
/// warnings, the new pages are there in both languages, and the pinned real pages are unchanged, so
/// adding an edition leaves `dotnet test` green.
/// </summary>
public sealed class RealContentGrowthTests : IDisposable
{
    private readonly TestSite _site = TestSite.FromRepository();

    [Fact]
    public void Editions_added_with_new_build_cleanly_and_change_no_pinned_page()
    {
        foreach (var args in new[]
        {
            new[] { "new", "edition", "zhoukou-edz/2024" }, ["new", "article", "zhoukou-edz/2024/overview"],
            ["new", "zone", "xuchang-hitech"], ["new", "edition", "xuchang-hitech/2023"], ["new", "article", "xuchang-hitech/2023/report"],
        })
        {
            var (code, _, errors) = CliRun.Run([.. args, "--source", _site.Folder]);
            Assert.True(code == 0, errors);
        }

        var unfinished = _site.Build().Warnings;
        Assert.Contains(unfinished, w => w.Location.File == "content/xuchang-hitech/zone.yml");

        foreach (var folder in new[] { "content/zhoukou-edz/2024", "content/xuchang-hitech" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(_site.Folder, folder), "*.*", SearchOption.AllDirectories))
            {
                // What an editor does: write each text, and publish the article.
                File.WriteAllText(file, File.ReadAllText(file).Replace("TODO：", "").Replace("TODO: ", "").Replace("draft: true\n", ""));
            }
        }

        Assert.Equal(0, CliRun.Run("translated", "zhoukou-edz/2024/overview", "xuchang-hitech/2023/report", "--source", _site.Folder).Code);
        // The new addresses are not in the committed record yet: the build says so, and the editor records them.
        var unrecorded = Assert.Single(_site.Build().Warnings);
        Assert.Equal("content/urls.txt", unrecorded.Location.File);
        File.Copy(Path.Combine(_site.Output, "urls.txt"), Path.Combine(_site.Folder, "content", "urls.txt"), overwrite: true);
        var result = _site.Build();

        Assert.Empty(result.Warnings);
        Assert.Empty(LinkWalker.BrokenLinks(_site.Output, "/"));
        foreach (var page in new[] { "zhoukou-edz/2024/overview/index.html", "xuchang-hitech/2023/report/index.html", "xuchang-hitech/index.html" })
        {
            Assert.True(File.Exists(Path.Combine(_site.Output, "zh", page)), page);
            Assert.True(File.Exists(Path.Combine(_site.Output, "en", page)), page);
        }

        foreach (var pinned in RealContentSnapshotTests.Pinned)
        {
            var (page, name) = ((string)pinned[0], (string)pinned[1]);
            Snapshot.Verify(RealContentSnapshotTests.WithoutZoneList(_site.Page(page)), name);
        }
    }

    public void Dispose() => _site.Dispose();
}
