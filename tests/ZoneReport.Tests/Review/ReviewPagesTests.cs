using AngleSharp.Html.Parser;
using ZoneReport.Review;
using ZoneReport.Tests.Cli;
using ZoneReport.Tests.Support;
using ZoneReport.Tests.Translation;
using ZoneReport.Translation;

namespace ZoneReport.Tests.Review;

public sealed class ReviewPagesTests : IDisposable
{
    private readonly TranslationFixture _fixture = new();

    /// <summary>The fixture pair with a dropped paragraph, and one Chinese paragraph edited after the translation.</summary>
    private IReadOnlyDictionary<string, string> Pages()
    {
        _fixture.Review("paragraph-dropped.en.md", site => site.Replace(TranslationFixture.Chinese, "全年开工重点项目22个", "全年开工重点项目25个"));
        return ReviewPages.Render(TranslationReview.Run(_fixture.Site.Folder));
    }

    [Fact]
    public void The_index_lists_every_pair_with_its_state_and_findings()
    {
        var index = Pages()[ReviewPages.Index];
        Snapshot.Verify(index, "review-index");
        var items = new HtmlParser().ParseDocument(index).QuerySelectorAll(".pairs li").Select(li => li.TextContent).ToList();
        Assert.Equal(3, items.Count);
        Assert.Contains(items, i => i.StartsWith("sample-zone/2022/review (en)") && i.Contains("stale (translated 2023-01-05) · 3 findings, 3 unexplained"));
    }

    [Fact]
    public void A_pair_page_shows_both_languages_block_against_block_with_findings_and_stale_rows_marked()
    {
        var page = Pages()["sample-zone/2022/review.en.html"];
        Snapshot.Verify(page, "review-pair");
        var document = new HtmlParser().ParseDocument(page);
        var rows = document.QuerySelectorAll("ol.rows > li.row");
        Assert.Equal(8, rows.Length);
        var dropped = document.QuerySelector("#line-13")!;
        Assert.Contains("No English block", dropped.TextContent);
        Assert.Contains("has no English translation", dropped.QuerySelector(".finding")!.TextContent);
        var stale = Assert.Single(document.QuerySelectorAll("li.row.stale"));
        Assert.Equal("line-17", stale.Id);
        Assert.Contains("changed since the translation", stale.TextContent);
        Assert.Equal(["zh-Hans", "en"], rows[0].QuerySelectorAll(".side p[lang]").Select(p => p.GetAttribute("lang")));
    }

    [Fact]
    public void Build_review_writes_the_pages_beside_the_site_never_into_it()
    {
        var review = Path.Combine(_fixture.Site.Folder, "review-pages");
        var (code, output, errors) = CliRun.Run("build", "--source", _fixture.Site.Folder, "--review", review);
        Assert.Equal((0, ""), (code, errors));
        Assert.Contains("Wrote 3 translation review pages into", output);
        Assert.True(File.Exists(Path.Combine(review, "index.html")));
        Assert.True(File.Exists(Path.Combine(review, "sample-zone/2022/plan.en.html")));
        Assert.DoesNotContain(Directory.EnumerateFiles(_fixture.Site.Output, "*.html", SearchOption.AllDirectories),
            f => File.ReadAllText(f).Contains("kind-review", StringComparison.Ordinal));

        // a second run replaces its own pages
        Assert.Equal(0, CliRun.Run("build", "--source", _fixture.Site.Folder, "--review", review).Code);
    }

    [Fact]
    public void Build_review_refuses_the_site_folder_and_a_folder_of_other_files()
    {
        var (code, _, errors) = CliRun.Run("build", "--source", _fixture.Site.Folder, "--review", Path.Combine(_fixture.Site.Output, "_review"));
        Assert.Equal(1, code);
        Assert.Contains("the review pages cannot go into the published site's folder", errors);

        _fixture.Site.Write("notes/mine.txt", "my own file");
        (code, _, errors) = CliRun.Run("build", "--source", _fixture.Site.Folder, "--review", Path.Combine(_fixture.Site.Folder, "notes"));
        Assert.Equal(1, code);
        Assert.Contains("holds files that ZoneReport did not write", errors);
        Assert.Equal("my own file", _fixture.Site.Read("notes/mine.txt"));
    }

    public void Dispose() => _fixture.Dispose();
}
