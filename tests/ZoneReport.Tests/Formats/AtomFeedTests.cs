using System.Xml;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Formats;

/// <summary>The Atom feeds, read back with System.Xml as a feed reader would.</summary>
public sealed class AtomFeedTests(BuiltFixtureSite fixture) : IClassFixture<BuiltFixtureSite>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private const string Base = "https://test.example.org/reports/";

    private XElement Feed(string path)
    {
        using var reader = XmlReader.Create(Path.Combine(fixture.Site.Output, path), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        var feed = XDocument.Load(reader).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        return feed;
    }

    [Theory]
    [InlineData("en/feed.xml", "en")]
    [InlineData("zh/feed.xml", "zh-Hans")]
    [InlineData("en/sample-zone/feed.xml", "en")]
    [InlineData("zh/sample-zone/feed.xml", "zh-Hans")]
    public void Each_language_and_zone_has_a_feed_with_the_fields_Atom_requires(string path, string language)
    {
        var feed = Feed(path);
        Assert.Equal(language, feed.Attribute(XNamespace.Xml + "lang")!.Value);
        Assert.Equal(Base + path, feed.Element(Atom + "id")!.Value);
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "title")!.Value));
        Assert.Equal("2022-10-17T00:00:00Z", feed.Element(Atom + "updated")!.Value);
        Assert.Equal(Base + path, feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        Assert.NotNull(feed.Element(Atom + "author")?.Element(Atom + "name"));
        foreach (var entry in feed.Elements(Atom + "entry"))
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "title")!.Value));
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}T00:00:00Z$", entry.Element(Atom + "updated")!.Value);
            Assert.NotNull(entry.Element(Atom + "author")?.Element(Atom + "name"));
        }
    }

    [Fact]
    public void One_entry_per_article_newest_first_with_its_permanent_address_as_id()
    {
        var entries = Feed("en/feed.xml").Elements(Atom + "entry").ToList();
        Assert.Equal([Base + "en/sample-zone/2022/news/", Base + "en/sample-zone/2022/plan/"], entries.Select(e => e.Element(Atom + "id")!.Value));
        var plan = entries[1];
        Assert.Equal("The “11346” plan charts the road map", plan.Element(Atom + "title")!.Value);
        Assert.Equal("2022-03-01T00:00:00Z", plan.Element(Atom + "updated")!.Value);
        Assert.Equal("2022-03-01T00:00:00Z", plan.Element(Atom + "published")!.Value);
        Assert.Equal("By Wang Chen, staff reporter", plan.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        var links = plan.Elements(Atom + "link").ToDictionary(l => (string?)l.Attribute("hreflang") ?? "self-language", l => l.Attribute("href")!.Value);
        Assert.Equal(Base + "en/sample-zone/2022/plan/", links["self-language"]);
        Assert.Equal(Base + "zh/sample-zone/2022/plan/", links["zh-Hans"]);
        // The undated article takes its edition's date.
        Assert.Equal("2022-10-17T00:00:00Z", entries[0].Element(Atom + "updated")!.Value);
    }

    [Fact]
    public void Every_page_links_to_its_feeds_with_a_relative_address_that_leads_to_the_file()
    {
        var parser = new HtmlParser();
        var article = Path.Combine(fixture.Site.Output, "en/sample-zone/2022/plan/index.html");
        var links = parser.ParseDocument(File.ReadAllText(article))
            .QuerySelectorAll("link[rel=alternate][type='application/atom+xml']").Select(l => l.GetAttribute("href")!).ToList();
        Assert.Equal(["../../../feed.xml", "../../feed.xml"], links);
        Assert.All(links, link => Assert.True(File.Exists(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(article)!, link)))));
        var home = parser.ParseDocument(fixture.Site.Page("zh/index.html"));
        Assert.Equal(["feed.xml"], home.QuerySelectorAll("link[type='application/atom+xml']").Select(l => l.GetAttribute("href")!));
    }

    [Fact]
    public void A_second_build_writes_the_same_bytes()
    {
        var before = fixture.Site.Page("en/feed.xml");
        using var again = new TestSite();
        again.Build();
        Assert.Equal(before, again.Page("en/feed.xml"));
        Assert.DoesNotContain("\r", before);
    }
}
