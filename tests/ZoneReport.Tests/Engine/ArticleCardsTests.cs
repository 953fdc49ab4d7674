using ZoneReport.Content;
using ZoneReport.Engine;
using ZoneReport.Model;

namespace ZoneReport.Tests.Engine;

/// <summary>
/// An article's card (what lists, feeds and citations are fingerprinted with) stays the same when
/// only its body changes, and changes with anything its front matter says.
/// </summary>
public sealed class ArticleCardsTests
{
    private static readonly Language English = new("en", "en", "en", "English");

    private const string FrontMatter = "---\ntitle: Year-end review\nsummary: 34 projects.\norder: 2\nbyline: Staff reporter\n" +
                                       "publish_at: 2022-10-01T08:00:00+08:00\naliases: [/en/old/]\n" +
                                       "notes:\n  - kind: correction\n    text: Fixed.\n    original: 33\n    date: 2023-01-05\n---\n";

    private static string Card(string text) => ArticleCards.Of(ArticleTextReader.Read(text, "content/z/2022/news.en.md", "news", English));

    [Fact]
    public void A_changed_body_keeps_the_card()
    {
        Assert.Equal(Card(FrontMatter + "\nGDP grew 7%.\n"), Card(FrontMatter + "\nGDP grew 7.1%.\n\n## A new part\n\nMore.\n"));
    }

    [Theory]
    [InlineData("title: Year-end review", "title: Year-end review, revised")]
    [InlineData("summary: 34 projects.", "summary: 35 projects.")]
    [InlineData("order: 2", "order: 3")]
    [InlineData("byline: Staff reporter", "byline: Our reporter")]
    [InlineData("publish_at: 2022-10-01T08:00:00+08:00", "publish_at: 2022-10-02T08:00:00+08:00")]
    [InlineData("aliases: [/en/old/]", "aliases: [/en/older/]")]
    [InlineData("date: 2023-01-05", "date: 2023-01-06")]
    [InlineData("original: 33", "original: 32")]
    [InlineData("order: 2\n", "order: 2\nsubtitle: A subtitle\n")]
    public void A_changed_front_matter_changes_the_card(string before, string after)
    {
        const string Body = "\nGDP grew 7%.\n";
        Assert.Contains(before, FrontMatter, StringComparison.Ordinal);
        Assert.NotEqual(Card(FrontMatter + Body), Card(FrontMatter.Replace(before, after, StringComparison.Ordinal) + Body));
    }

    [Fact]
    public void The_same_text_in_another_file_has_another_card()
    {
        var text = ArticleTextReader.Read(FrontMatter + "\nBody.\n", "content/z/2022/news.en.md", "news", English);
        Assert.NotEqual(ArticleCards.Of(text), ArticleCards.Of(text with { SourceFile = "content/z/2023/news.en.md" }));
    }
}
