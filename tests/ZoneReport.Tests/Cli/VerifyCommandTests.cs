using ZoneReport.Tests.Archive.Verify;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Cli;

public sealed class VerifyCommandTests
{
    [Fact]
    public void A_fresh_site_verifies_with_exit_zero_and_says_what_was_checked()
    {
        using var site = new TestSite();
        site.Build();
        var (code, output, errors) = CliRun.Run("verify", site.Output);
        Assert.Equal(0, code);
        Assert.Empty(errors);
        Assert.Matches(@"^ok: site .+: [\d,]+ files, [\d,]+ bytes; \d+ sha256 checksums of manifest-sha256.txt match, no file missing or extra\n$", output);
    }

    [Fact]
    public void Each_problem_is_printed_with_its_file_and_the_exit_code_is_one()
    {
        using var bag = new TinyBag();
        bag.Write("data/zh/index.html", "changed");
        bag.Write("data/extra.txt", "extra");
        var (code, _, errors) = CliRun.Run("verify", bag.Folder);
        Assert.Equal(1, code);
        Assert.Contains($"{bag.Folder}/data/zh/index.html: error: sha256 checksum differs", errors);
        Assert.Contains($"{bag.Folder}/data/extra.txt: error: extra file", errors);
        Assert.Contains($"{bag.Folder}/bag-info.txt: error: Payload-Oxum says", errors);
        Assert.Contains("verify: 3 problem(s) in 1 of 1 checked", errors);
    }

    [Fact]
    public void Fast_checks_the_oxum_only()
    {
        using var bag = new TinyBag();
        var (code, output, _) = CliRun.Run("verify", "--fast", bag.Folder);
        Assert.Equal(0, code);
        Assert.Contains("Payload-Oxum match (fast: checksums not read)", output);
    }

    [Fact]
    public void A_missing_path_exits_one_naming_it()
    {
        var (code, _, errors) = CliRun.Run("verify", "/no/such/export");
        Assert.Equal(1, code);
        Assert.Contains("/no/such/export: error: no such file or folder", errors);
    }

    [Fact]
    public void No_path_is_a_usage_error()
    {
        var (code, _, _) = CliRun.Run("verify");
        Assert.Equal(2, code);
    }
}
