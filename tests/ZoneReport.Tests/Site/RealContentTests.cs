using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using ZoneReport.Rendering;
using ZoneReport.Site;
using ZoneReport.Tests.Support;
using ZoneReport.Translation;

namespace ZoneReport.Tests.Site;

/// <summary>The real content of the repository: it builds cleanly, and translations keep every figure.</summary>
public sealed class RealContentTests : IClassFixture<RealContentTests.Built>
{
    public sealed class Built : IDisposable
    {
        public Built()
        {
            Site = TestSite.FromRepository();
            Result = Site.Build();
            Content = SiteContentReader.Read(Site.Folder);
        }

        public TestSite Site { get; }
        public BuildResult Result { get; }
        public ZoneReport.Model.SiteContent Content { get; }
        public void Dispose() => Site.Dispose();
    }

    private readonly Built _built;

    public RealContentTests(Built built) => _built = built;

    [Fact]
    public void Builds_with_no_warning_and_every_link_resolves()
    {
        Assert.Empty(_built.Result.Warnings);
        Assert.Empty(LinkWalker.BrokenLinks(_built.Site.Output, "/"));
    }

    [Fact]
    public void The_committed_record_of_addresses_is_exactly_what_the_build_publishes()
    {
        // content/urls.txt holds a fresh clone to every address published; kept current, source files included.
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Root, "content", "urls.txt")), File.ReadAllText(Path.Combine(_built.Site.Output, "urls.txt")));
    }

    [Fact]
    public void Holds_every_edition_article_and_photo_of_the_five_source_pages()
    {
        var content = _built.Content;
        Assert.Subset(content.Editions.Select(e => e.Key).ToHashSet(), SourceEditions.ToHashSet());
        var articles = content.Articles.Where(a => SourceEditions.Contains(a.Edition.Key)).ToList();
        Assert.Equal(ExpectedArticles, articles.Count(a => a.In(content.Config.Languages[0]) is not null));
        Assert.Equal(ExpectedArticles, articles.Count(a => a.In(content.Config.Languages[1]) is not null));
        Assert.Equal(ExpectedPhotos, SourceEditions.Sum(e => content.Data[e].Photos.Length));
    }

    [Fact]
    public void Every_zone_edition_article_and_plan_has_its_page_in_each_language()
    {
        var content = _built.Content;
        var missing = new List<string>();
        foreach (var language in content.Config.Languages)
        {
            var pages = content.Zones.Select(z => PagePaths.Zone(language, z))
                .Concat(content.Editions.Select(e => PagePaths.Edition(language, e)))
                .Concat(content.Editions.SelectMany(e => content.DataOf(e).Plans.Select(p => PagePaths.Plan(language, e, p))))
                .Concat(content.Articles.Where(a => a.IsPublic).Select(a => PagePaths.Article(a.In(language)!, a.Edition)));
            missing.AddRange(pages.Where(p => !File.Exists(Path.Combine(_built.Site.Output, p))));
        }

        Assert.Empty(missing);
        Assert.Equal(_built.Result.PagesPerLanguage["zh"], _built.Result.PagesPerLanguage["en"]);
    }

    [Fact]
    public void Every_figure_of_an_article_is_in_its_chinese_text()
    {
        Assert.Empty(ZoneReport.Checks.FigureMentions.Check(_built.Content));
    }

    [Fact]
    public void Each_translation_holds_the_same_numbers_as_its_chinese_original()
    {
        var (chinese, english) = (_built.Content.Config.Languages[0], _built.Content.Config.Languages[1]);
        var problems = new List<string>();
        foreach (var article in _built.Content.Articles)
        {
            var zh = Mentions.InChinese(ArticleText(ZoneReport.Rendering.PagePaths.Article(article.In(chinese)!, article.Edition)));
            var en = Mentions.InEnglish(ArticleText(ZoneReport.Rendering.PagePaths.Article(article.In(english)!, article.Edition)));
            var onlyZh = OnlyIn(zh, en);
            var onlyEn = OnlyIn(en, zh);
            if (onlyZh.Count + onlyEn.Count > 0)
            {
                problems.Add($"{article.Edition.Key}/{article.Key}: only in Chinese [{string.Join(", ", onlyZh)}], only in English [{string.Join(", ", onlyEn)}]");
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void The_number_check_catches_a_dropped_or_changed_figure()
    {
        Assert.Empty(OnlyIn(Mentions.InChinese("合同资金226亿元，项目34个，10月17日"), Mentions.InEnglish("contracts worth CNY 22.6 billion, 34 projects, 17 October")));
        Assert.NotEmpty(OnlyIn(Mentions.InChinese("合同资金226亿元"), Mentions.InEnglish("contracts worth CNY 2.26 billion")));
        Assert.NotEmpty(OnlyIn(Mentions.InChinese("项目34个，增长7%"), Mentions.InEnglish("34 projects")));
    }

    /// <summary>The mentions of one text (numbers, dates, codes; not those said in words) that the other lacks.</summary>
    private static List<string> OnlyIn(IReadOnlyList<Mention> these, IReadOnlyList<Mention> others)
    {
        var keys = others.Select(Anchors.Key).ToHashSet();
        return these.Where(m => !m.Soft && !keys.Contains(Anchors.Key(m))).Select(m => m.Written).Distinct().ToList();
    }

    private string ArticleText(string page)
    {
        var document = new HtmlParser().ParseDocument(_built.Site.Page(page));
        var article = document.QuerySelector("main article")!;
        article.QuerySelector(".article-footer")?.Remove();
        article.QuerySelector(".cite")?.Remove(); // the citation repeats title and date in each style
        return article.TextContent;
    }

    /// <summary>The editions of the five printed source pages (the newsroom may add more: the tests above hold for any).</summary>
    public static readonly string[] SourceEditions = ["chuanjiang/2022", "luohe-etdz/2019", "zhoukou-edz/2022"];

    // 000-002: 11 Zhoukou articles (reviews, 6 news items, commentary, two plan pages); 003: 1; 004: 2.
    private const int ExpectedArticles = 14;
    // Photo captions as printed: 001: 4, 000: 6, 002: 1, 003: 13, 004: 11.
    private const int ExpectedPhotos = 35;
}
