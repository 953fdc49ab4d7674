using CsCheck;
using ZoneReport.Rendering;

namespace ZoneReport.Tests.Rendering;

public sealed class UrlsTests
{
    [Theory]
    [InlineData("zh/a/b/index.html", "zh/a/index.html", "../index.html")]
    [InlineData("zh/a/b/index.html", "zh/a/b/cite.bib", "cite.bib")]
    [InlineData("index.html", "en/index.html", "en/index.html")]
    [InlineData("en/zone/2022/index.html", "zh/zone/2022/index.html", "../../../zh/zone/2022/index.html")]
    [InlineData("en/ab/index.html", "en/a/index.html", "../a/index.html")]
    [InlineData("en/a/index.html", "en/ab/x/index.html", "../ab/x/index.html")]
    [InlineData("en/a/index.html", "en/a", "../a")]
    public void A_link_climbs_out_of_the_folders_the_two_files_do_not_share(string from, string to, string link) =>
        Assert.Equal(link, Urls.Relative(from, to));

    [Fact]
    public void A_link_followed_from_its_page_reaches_the_file_it_names()
    {
        // Output paths as the site has them: folders, then a file.
        var folders = Gen.OneOf("a", "ab", "b", "en", "zh").Array[0, 4];
        var path = Gen.Select(folders, Gen.OneOf("index.html", "cite.bib", "a"), (f, file) => string.Join('/', f.Append(file)));
        Gen.Select(path, path).Sample((from, to) =>
        {
            // Resolved as a browser resolves it, the link must land on the target again.
            var resolved = new Uri(new Uri("http://site/" + from), Urls.Relative(from, to));
            return resolved.AbsolutePath == new Uri("http://site/" + to).AbsolutePath;
        }, iter: 20_000);
    }
}
