using ZoneReport.Cli;

namespace ZoneReport.Tests.Cli;

public sealed class LiveReloadTests
{
    [Fact]
    public void The_reload_script_goes_before_the_closing_body_tag_and_asks_for_the_build_number()
    {
        var page = LiveReload.Inject("<html><body><p>正文</p></body></html>");
        Assert.StartsWith("<html><body><p>正文</p><script>", page);
        Assert.EndsWith("</script></body></html>", page);
        Assert.Contains($"fetch('/{LiveReload.VersionPath}'", page);
        Assert.Contains("location.reload()", page);
    }

    [Fact]
    public void A_page_without_a_body_tag_gets_the_script_at_its_end()
    {
        Assert.EndsWith("</script>", LiveReload.Inject("<p>fragment</p>"));
    }
}
