using ZoneReport.Cli;

namespace ZoneReport.Tests.Cli;

/// <summary>The preview answers a missing address with its language's 404 page, whose links work at any depth.</summary>
public sealed class NotFoundPageTests
{
    [Fact]
    public void Relative_references_become_absolute_from_the_root_and_fragments_and_full_addresses_stay()
    {
        const string page = "<a href=\"../index.html\">home</a> <a href=\"#main\">skip</a> <link rel=\"canonical\" href=\"https://x.example/zh/404.html\">" +
                            "<img src=\"../media/a.webp\" srcset=\"../media/a-480.webp 480w, ../media/a-960.webp 960w\"> <link href=\"../assets/site.css\">";
        var fixedUp = NotFoundPage.AtAnyDepth(page, "zh/404.html");

        Assert.Contains("href=\"/index.html\"", fixedUp);
        Assert.Contains("href=\"#main\"", fixedUp);
        Assert.Contains("href=\"https://x.example/zh/404.html\"", fixedUp);
        Assert.Contains("src=\"/media/a.webp\"", fixedUp);
        Assert.Contains("srcset=\"/media/a-480.webp 480w, /media/a-960.webp 960w\"", fixedUp);
        Assert.Contains("href=\"/assets/site.css\"", fixedUp);
    }

    [Theory]
    [InlineData("/zh/sample-zone/2022/nope/deeper/", "zh/404.html")]
    [InlineData("/en/missing", "en/404.html")]
    [InlineData("/fr/missing/", "404.html")]
    [InlineData("/missing.html", "404.html")]
    public void The_404_page_is_the_one_of_the_language_the_address_is_in(string request, string expected)
    {
        string[] files = ["404.html", "zh/404.html", "en/404.html"];
        Assert.Equal(expected, NotFoundPage.For(request, files.Contains));
    }
}
