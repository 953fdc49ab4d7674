using ZoneReport.Review;
using ZoneReport.Tests.Translation;
using ZoneReport.Translation;

namespace ZoneReport.Tests.Review;

/// <summary>The review pages as the preview serves them at /_review/ (the server itself: PreviewServerTests).</summary>
public sealed class LiveReviewTests : IDisposable
{
    private readonly TranslationFixture _fixture = new();

    [Fact]
    public void Serves_the_same_pages_as_build_review_and_makes_them_again_after_a_rebuild()
    {
        _fixture.Review("review.en.md");
        var review = new LiveReview(_fixture.Site.Folder, includeDrafts: false);
        var pages = ReviewPages.Render(TranslationReview.Run(_fixture.Site.Folder));
        Assert.Equal(pages[ReviewPages.Index], review.Find("/_review/", version: 1).Html);
        Assert.Equal(pages["sample-zone/2022/review.en.html"], review.Find("/_review/sample-zone/2022/review.en.html", 1).Html);

        _fixture.Site.Replace(TranslationFixture.Chinese, "全年开工重点项目22个", "全年开工重点项目25个");
        const string stale = "<span class=\"state state-stale\">stale</span> (translated 2023-01-05)";
        Assert.DoesNotContain(stale, review.Find("/_review/", 1).Html); // the same build: the pages made for it
        Assert.Contains(stale, review.Find("/_review/", 2).Html);
    }

    [Fact]
    public void Answers_only_for_its_own_addresses()
    {
        _fixture.Review("review.en.md");
        var review = new LiveReview(_fixture.Site.Folder, includeDrafts: false);
        Assert.Equal("/_review/", review.Find("/_review", 1).RedirectTo);
        Assert.Same(ReviewAnswer.NotFound, review.Find("/_review/sample-zone/2022/nothing.en.html", 1));
        Assert.False(LiveReview.Serves("/_reviews/index.html"));
        Assert.False(LiveReview.Serves("/en/_review/"));
        Assert.True(LiveReview.Serves("/_review/index.html"));
    }

    [Fact]
    public void A_damaged_lock_file_is_shown_as_its_error()
    {
        _fixture.Review("review.en.md");
        _fixture.Site.Write("content/sample-zone/2022/translations.lock.yml", "translations: [oops\n");
        var answer = new LiveReview(_fixture.Site.Folder, includeDrafts: false).Find("/_review/", 1);
        Assert.Null(answer.Html);
        Assert.Equal("content/sample-zone/2022/translations.lock.yml", Assert.Single(answer.Errors).Location.File);
    }

    public void Dispose() => _fixture.Dispose();
}
