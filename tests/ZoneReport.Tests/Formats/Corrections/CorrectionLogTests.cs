using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Formats.Corrections;

/// <summary>
/// The fixture site with three corrections: two in Chinese articles (dated 2022-11-01 and 2023-01-05,
/// one with the text as printed and as corrected) and one undated in a key figure (both languages).
/// </summary>
public sealed class CorrectedFixtureSite : IDisposable
{
    public CorrectedFixtureSite()
    {
        Site = new TestSite();
        var edition = Site.EditionFolder;
        Site.Replace($"{edition}/plan.zh.md", "order: 1\n", """
            order: 1
            notes:
              - kind: correction
                text: 原文“合同资金262亿元”，据开发区公报改为“226亿元”。
                original: 合同资金262亿元
                corrected: 合同资金226亿元
                date: 2023-01-05
              - kind: omission
                text: 原版的图表未收入。
                date: 2023-02-01

            """);
        Site.Replace($"{edition}/news.zh.md", "order: 2\n", """
            order: 2
            notes:
              - kind: correction
                text: 标题原误作“年中综述”。
                date: 2022-11-01

            """);
        Site.Replace($"{edition}/figures.yml", "    article: plan\n", """
                article: plan
                notes:
                  - kind: correction
                    text: { zh: 单位原印作“万元”。, en: The unit was printed as 万元 (ten thousand yuan). }

            """);
        Site.Build();
    }

    public TestSite Site { get; }

    public void Dispose() => Site.Dispose();
}

/// <summary>The corrections pages, feeds and JSON-LD, read back with AngleSharp, System.Xml and System.Text.Json.</summary>
public sealed class CorrectionLogTests(CorrectedFixtureSite fixture) : IClassFixture<CorrectedFixtureSite>
{
    private const string Base = "https://test.example.org/reports/";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private IHtmlDocument Page(string path) => new HtmlParser().ParseDocument(fixture.Site.Page(path));

    private static XElement Feed(TestSite site, string path)
    {
        using var reader = XmlReader.Create(Path.Combine(site.Output, path), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return XDocument.Load(reader).Root!;
    }

    private JsonElement JsonLdOf(string page) =>
        JsonDocument.Parse(Page(page).QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;

    [Fact]
    public void The_chinese_page_lists_every_correction_newest_first_and_the_undated_last()
    {
        var entries = Page("zh/sample-zone/2022/corrections/index.html").QuerySelectorAll("ol.corrections > li");
        Assert.Equal(["2023-01-05", "2022-11-01", null], entries.Select(e => e.QuerySelector("time")?.GetAttribute("datetime")));
        Assert.Equal(["文章：“11346”施画产业发展路线图", "文章：年终综述", "数据：合同资金"], entries.Select(e => e.QuerySelector("h2")!.TextContent));
        Assert.Contains("更正日期未记录", entries[2].TextContent);
        Assert.DoesNotContain(entries, e => e.TextContent.Contains("原版的图表未收入", StringComparison.Ordinal));
    }

    [Fact]
    public void An_entry_shows_what_was_printed_and_what_it_reads_now_and_links_to_the_notes_that_record_it()
    {
        var first = Page("zh/sample-zone/2022/corrections/index.html").QuerySelector("ol.corrections > li")!;
        Assert.Equal(["原文", "现作"], first.QuerySelectorAll("dt").Select(d => d.TextContent));
        Assert.Equal(["合同资金262亿元", "合同资金226亿元"], first.QuerySelectorAll("dd q").Select(q => q.TextContent));
        Assert.Equal("../plan/index.html#editor-notes", first.QuerySelector("h2 a")!.GetAttribute("href"));
        var target = Page("zh/sample-zone/2022/plan/index.html");
        Assert.Contains("合同资金262亿元", target.GetElementById("editor-notes")!.ParentElement!.TextContent);
        var figure = Page("zh/sample-zone/2022/corrections/index.html").QuerySelectorAll("ol.corrections > li")[2];
        Assert.Equal("../index.html#editor-notes", figure.QuerySelector("h2 a")!.GetAttribute("href"));
    }

    [Fact]
    public void The_english_page_lists_the_english_notes_only_and_the_edition_page_links_to_it()
    {
        var entries = Page("en/sample-zone/2022/corrections/index.html").QuerySelectorAll("ol.corrections > li");
        Assert.Equal("Key figure: Contract funds", Assert.Single(entries).QuerySelector("h2")!.TextContent);
        var link = Page("en/sample-zone/2022/index.html").QuerySelector(".corrections-link a")!;
        Assert.Equal("corrections/index.html", link.GetAttribute("href"));
        Assert.Equal("Corrections to this edition (1)", link.TextContent);
        Assert.Equal("本版更正记录（3条）", Page("zh/sample-zone/2022/index.html").QuerySelector(".corrections-link a")!.TextContent);
    }

    [Fact]
    public void The_corrections_feed_has_an_entry_per_correction_pointing_at_its_entry_on_the_page()
    {
        var feed = Feed(fixture.Site, "zh/corrections.xml");
        Assert.Equal(Base + "zh/corrections.xml", feed.Element(Atom + "id")!.Value);
        var entries = feed.Elements(Atom + "entry").ToList();
        // The undated figure note takes its edition's newest content date (the omission note of 2023-02-01).
        Assert.Equal(["2023-01-05T00:00:00Z", "2022-11-01T00:00:00Z", "2023-02-01T00:00:00Z"], entries.Select(e => e.Element(Atom + "updated")!.Value));
        Assert.Equal("2023-02-01T00:00:00Z", feed.Element(Atom + "updated")!.Value);
        var anchors = Page("zh/sample-zone/2022/corrections/index.html").QuerySelectorAll("ol.corrections > li").Select(li => li.Id).ToList();
        Assert.Equal(anchors.Select(a => $"{Base}zh/sample-zone/2022/corrections/#{a}"), entries.Select(e => e.Element(Atom + "id")!.Value));
        Assert.Equal(Base + "zh/sample-zone/2022/plan/#editor-notes",
            entries[0].Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "related").Attribute("href")!.Value);
        Assert.Equal("原文“合同资金262亿元”，据开发区公报改为“226亿元”。\n原文：合同资金262亿元\n现作：合同资金226亿元", entries[0].Element(Atom + "summary")!.Value);
    }

    [Fact]
    public void The_corrections_page_links_its_feed_in_the_head_and_in_the_text()
    {
        var page = Page("en/sample-zone/2022/corrections/index.html");
        Assert.Contains(page.QuerySelectorAll("link[rel=alternate][type='application/atom+xml']"), l => l.GetAttribute("href") == "../../../corrections.xml");
        Assert.Equal("../../../corrections.xml", page.QuerySelector("main a[type='application/atom+xml']")!.GetAttribute("href"));
        Assert.StartsWith("Corrections · Sample Development Zone, 2022 · ", page.Title);
    }

    [Fact]
    public void A_corrected_article_carries_its_corrections_and_the_date_it_was_modified_in_its_JSON_LD()
    {
        var plan = JsonLdOf("zh/sample-zone/2022/plan/index.html");
        Assert.Equal("2023-01-05", plan.GetProperty("dateModified").GetString());
        var corrections = plan.GetProperty("correction").EnumerateArray().ToList();
        Assert.All(corrections, c => Assert.Equal("CorrectionComment", c.GetProperty("@type").GetString()));
        // The article's own note and the note of its key figure (shown on its page).
        Assert.Equal(["原文“合同资金262亿元”，据开发区公报改为“226亿元”。", "单位原印作“万元”。"], corrections.Select(c => c.GetProperty("text").GetString()));
        Assert.Equal("2023-01-05", corrections[0].GetProperty("dateCreated").GetString());
        Assert.Equal("2022-11-01", JsonLdOf("zh/sample-zone/2022/news/index.html").GetProperty("dateModified").GetString());
    }

    [Fact]
    public void An_article_without_corrections_says_nothing_of_them()
    {
        var news = JsonLdOf("en/sample-zone/2022/news/index.html");
        Assert.False(news.TryGetProperty("correction", out _));
        Assert.False(news.TryGetProperty("dateModified", out _));
        Assert.DoesNotContain("Correction", Page("en/sample-zone/2022/news/index.html").QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_edition_JSON_LD_carries_the_corrections_of_its_figures()
    {
        var edition = JsonLdOf("en/sample-zone/2022/index.html");
        Assert.Equal("The unit was printed as 万元 (ten thousand yuan).", Assert.Single(edition.GetProperty("correction").EnumerateArray()).GetProperty("text").GetString());
        Assert.False(edition.TryGetProperty("dateModified", out _));
    }

    [Fact]
    public void Anchors_stay_the_same_when_another_correction_is_added()
    {
        string?[] Anchors(TestSite site) => new HtmlParser().ParseDocument(site.Page("zh/sample-zone/2022/corrections/index.html"))
            .QuerySelectorAll("ol.corrections > li").Select(li => li.Id).ToArray();
        using var site = new TestSite();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(fixture.Site.Folder, "content"), "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(fixture.Site.Folder, file);
            site.Write(relative, File.ReadAllText(file));
        }

        site.Replace($"{site.EditionFolder}/news.zh.md", "    date: 2022-11-01\n", "    date: 2022-11-01\n  - kind: correction\n    text: 导语原缺一字。\n    date: 2024-03-01\n");
        site.Build();
        var before = Anchors(fixture.Site);
        var after = Anchors(site);
        Assert.Equal(4, after.Length);
        Assert.Equal(before, after.Skip(1));
        Assert.All(after, a => Assert.Matches("^correction-[0-9a-f]{12}$", a));
    }
}

/// <summary>A site without corrections: no corrections pages or links, and feeds that are valid and empty.</summary>
public sealed class NoCorrectionsTests(BuiltFixtureSite fixture) : IClassFixture<BuiltFixtureSite>
{
    [Fact]
    public void No_page_no_link_and_an_empty_feed_per_language()
    {
        Assert.False(Directory.Exists(Path.Combine(fixture.Site.Output, "zh/sample-zone/2022/corrections")));
        Assert.Null(new HtmlParser().ParseDocument(fixture.Site.Page("zh/sample-zone/2022/index.html")).QuerySelector(".corrections-link"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        foreach (var language in new[] { "zh", "en" })
        {
            var feed = XDocument.Load(Path.Combine(fixture.Site.Output, language, "corrections.xml")).Root!;
            Assert.Equal(atom + "feed", feed.Name);
            Assert.Empty(feed.Elements(atom + "entry"));
            Assert.Equal("2022-10-17T00:00:00Z", feed.Element(atom + "updated")!.Value);
        }
    }
}
