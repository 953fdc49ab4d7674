using ZoneReport.Archive;
using ZoneReport.Archive.Verify;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Archive.Verify;

/// <summary>Every build writes manifest-sha256.txt; `verify` checks a site against it.</summary>
public sealed class SiteVerifierTests
{
    [Fact]
    public void Every_build_writes_a_sorted_manifest_of_every_other_file()
    {
        using var site = new TestSite();
        site.Build();
        var lines = File.ReadAllText(Path.Combine(site.Output, SiteManifest.FileName)).Split('\n');
        Assert.Equal("", lines[^1]);
        var paths = lines[..^1].Select(l => l.Split("  ", 2)[1]).ToList();
        Assert.Equal(paths.Order(StringComparer.Ordinal), paths);
        var files = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .Where(f => f != SiteManifest.FileName)
            .Order(StringComparer.Ordinal);
        Assert.Equal(files, paths);
        var first = lines[0].Split("  ", 2);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(site.Output, first[1])))), first[0]);
    }

    [Fact]
    public void A_fresh_site_verifies_and_changes_to_it_are_named()
    {
        using var site = new TestSite();
        site.Build();
        var fresh = Assert.Single(Verifier.Verify(site.Output));
        Assert.True(fresh.Ok, string.Join("\n", fresh.Problems));
        Assert.Equal("site", fresh.Kind);

        var page = Path.Combine(site.Output, "zh", "index.html");
        var bytes = File.ReadAllBytes(page);
        bytes[^2] ^= 1;
        File.WriteAllBytes(page, bytes);
        File.Delete(Path.Combine(site.Output, "robots.txt"));
        File.WriteAllText(Path.Combine(site.Output, "zh", "added.html"), "x");

        var problems = Assert.Single(Verifier.Verify(site.Output)).Problems;
        Assert.Equal(3, problems.Length);
        Assert.Contains(problems, p => p.File.EndsWith("/robots.txt") && p.Message.StartsWith("missing file"));
        Assert.Contains(problems, p => p.File.EndsWith("/zh/added.html") && p.Message.StartsWith("extra file"));
        Assert.Contains(problems, p => p.File.EndsWith("/zh/index.html") && p.Message.StartsWith("sha256 checksum differs"));
    }

    [Fact]
    public void A_folder_of_archives_verifies_each_one()
    {
        using var bag = new TinyBag();
        var folder = Path.Combine(bag.Folder, "..", "export-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, "site.warc"), TinyWarc.File());
            File.WriteAllBytes(Path.Combine(folder, "book.epub"), TinyEpub.Build());
            var reports = Verifier.Verify(folder);
            Assert.Equal(["EPUB", "WARC"], reports.Select(r => r.Kind));
            Assert.All(reports, r => Assert.True(r.Ok));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_path_that_does_not_exist_is_a_problem()
    {
        var report = Assert.Single(Verifier.Verify("/no/such/path"));
        Assert.False(report.Ok);
        Assert.Equal("no such file or folder", report.Problems[0].Message);
    }
}
