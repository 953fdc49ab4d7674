using ZoneReport.Archive.Verify;

namespace ZoneReport.Tests.Archive.Verify;

public sealed class BagVerifierTests
{
    [Fact]
    public void A_whole_bag_verifies_and_says_what_was_checked()
    {
        using var bag = new TinyBag();
        var report = BagVerifier.Verify(bag.Folder, "bag");
        Assert.True(report.Ok, string.Join("\n", report.Problems));
        Assert.Equal(3, report.Files);
        Assert.Equal(new FileInfo(bag.PathOf("data/index.html")).Length + new FileInfo(bag.PathOf("data/zh/index.html")).Length
            + new FileInfo(bag.PathOf("data/assets/site.css")).Length, report.Bytes);
        Assert.Contains("manifest-sha256.txt (3 checksums)", report.Checked);
        Assert.Contains("tagmanifest-sha256.txt (3 checksums)", report.Checked);
        Assert.Contains("Payload-Oxum", report.Checked);
    }

    [Fact]
    public void A_changed_byte_in_the_payload_is_caught_naming_the_file()
    {
        using var bag = new TinyBag();
        // Same length, so Payload-Oxum still matches: only the checksum can catch it.
        bag.Write("data/zh/index.html", TinyBag.Payload["data/zh/index.html"].Replace("226", "229"));
        var problem = Assert.Single(BagVerifier.Verify(bag.Folder, "bag").Problems);
        Assert.Equal("bag/data/zh/index.html", problem.File);
        Assert.Contains("sha256 checksum differs", problem.Message);
    }

    [Fact]
    public void A_missing_payload_file_is_caught_naming_it()
    {
        using var bag = new TinyBag();
        File.Delete(bag.PathOf("data/assets/site.css"));
        var problems = BagVerifier.Verify(bag.Folder, "bag").Problems;
        Assert.Contains(problems, p => p.File == "bag/data/assets/site.css" && p.Message.StartsWith("missing file"));
        Assert.Contains(problems, p => p.File == "bag/bag-info.txt" && p.Message.Contains("Payload-Oxum says"));
    }

    [Fact]
    public void An_extra_payload_file_is_caught_naming_it()
    {
        using var bag = new TinyBag();
        bag.Write("data/en/extra.html", "x");
        var problems = BagVerifier.Verify(bag.Folder, "bag").Problems;
        Assert.Contains(problems, p => p.File == "bag/data/en/extra.html" && p.Message.StartsWith("extra file"));
    }

    [Fact]
    public void An_extra_tag_file_is_caught_naming_it()
    {
        using var bag = new TinyBag();
        bag.Write("notes.txt", "added later");
        var problem = Assert.Single(BagVerifier.Verify(bag.Folder, "bag").Problems);
        Assert.Equal("bag/notes.txt", problem.File);
        Assert.Contains("not listed in tagmanifest-sha256.txt", problem.Message);
    }

    [Fact]
    public void A_wrong_payload_oxum_is_caught_by_the_full_and_the_fast_check()
    {
        using var bag = new TinyBag();
        var info = File.ReadAllText(bag.PathOf("bag-info.txt"));
        bag.Write("bag-info.txt", System.Text.RegularExpressions.Regex.Replace(info, @"Payload-Oxum: \d+\.3", "Payload-Oxum: 1.3"));
        foreach (var fast in new[] { false, true })
        {
            var problems = BagVerifier.Verify(bag.Folder, "bag", fast).Problems;
            Assert.Contains(problems, p => p.File == "bag/bag-info.txt" && p.Message.Contains("Payload-Oxum says 1 bytes in 3 files"));
        }

        // The full check also sees that bag-info.txt no longer matches its tag manifest line.
        Assert.Contains(BagVerifier.Verify(bag.Folder, "bag").Problems, p => p.File == "bag/bag-info.txt" && p.Message.Contains("checksum differs"));
    }

    [Fact]
    public void The_fast_check_reads_no_checksums()
    {
        using var bag = new TinyBag();
        bag.Write("data/zh/index.html", TinyBag.Payload["data/zh/index.html"].Replace("226", "229"));
        var report = BagVerifier.Verify(bag.Folder, "bag", fast: true);
        Assert.True(report.Ok);
        Assert.Contains("fast", report.Checked);
    }

    [Fact]
    public void A_folder_without_bagit_txt_is_not_a_bag()
    {
        using var bag = new TinyBag();
        File.Delete(bag.PathOf("bagit.txt"));
        var problem = Assert.Single(BagVerifier.Verify(bag.Folder, "bag").Problems);
        Assert.Equal("bag/bagit.txt", problem.File);
    }

    [Fact]
    public void A_malformed_manifest_line_is_reported_with_its_line()
    {
        using var bag = new TinyBag();
        File.AppendAllText(bag.PathOf("manifest-sha256.txt"), "nonsense\n");
        var problems = BagVerifier.Verify(bag.Folder, "bag").Problems;
        Assert.Contains(problems, p => p.File == "bag/manifest-sha256.txt" && p.Message.StartsWith("line 4:"));
    }
}
