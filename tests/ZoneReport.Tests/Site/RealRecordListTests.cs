using System.Text.Json;

namespace ZoneReport.Tests.Site;

/// <summary>
/// Issue #10's list of corrections to the real content, item by item, checked where a reader or a
/// researcher would check it: the figure downloads (CSV, JSON) and the pages' editor's notes of the
/// built site. (RealRecordTests checks the model; the zero-warning real build checks that every
/// changed source passage has a correction note and that the English follows the glossary.)
/// </summary>
public sealed class RealRecordListTests(RealContentTests.Built built) : IClassFixture<RealContentTests.Built>
{
    private Dictionary<string, Dictionary<string, string>> Figures(string edition)
    {
        var lines = built.Site.Page($"data/{edition}/figures.csv").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = Cells(lines[0]);
        return lines.Skip(1).Select(Cells).ToDictionary(c => c[1], c => header.Zip(c).ToDictionary(p => p.First, p => p.Second));
    }

    /// <summary>The cells of one RFC 4180 line (no line breaks inside cells in these files).</summary>
    private static List<string> Cells(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(c);
        }

        cells.Add(cell.ToString());
        return cells;
    }

    /// <summary>The page's HTML decoded, without the lang spans of Chinese runs, to find text as readers read it.</summary>
    private string Page(string path) =>
        System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(built.Site.Page(path), "<span lang=\"zh-Hans\">([^<]*)</span>", "$1"));

    [Fact]
    public void Year_to_date_figures_of_the_decade_review_are_dated_apart_from_the_year_end_ones()
    {
        var zhoukou = Figures("zhoukou-edz/2022");
        foreach (var (id, value) in new[] { ("decade-enterprise-problems-solved", "63"), ("decade-loans-secured", "1.22"), ("decade-tax-refunds", "1.58"), ("decade-key-projects-started-2022", "22"), ("decade-completed-investment-2022", "83.4") })
        {
            Assert.Equal((value, "2022-01..2022-10", "2022-10-17"), (zhoukou[id]["value"], zhoukou[id]["period"], zhoukou[id]["as_of"]));
        }

        Assert.Equal(("71", "2022", ""), (zhoukou["year-end-enterprise-problems-solved"]["value"], zhoukou["year-end-enterprise-problems-solved"]["period"], zhoukou["year-end-enterprise-problems-solved"]["as_of"]));
        Assert.Equal("1.96", zhoukou["year-end-tax-refunds"]["value"]);
        // The 9 and the 8 inspection institutions: both as printed, each dated or said to be undated, in a note.
        Assert.Equal(("9", "2022-10-17"), (zhoukou["decade-testing-institutions"]["value"], zhoukou["decade-testing-institutions"]["as_of"]));
        Assert.Contains("9家", zhoukou["decade-testing-institutions"]["notes_zh"]);
        Assert.Equal("8", zhoukou["year-end-testing-institutions"]["value"]);
        Assert.Contains("未注明统计日期", zhoukou["year-end-testing-institutions"]["notes_zh"]);
    }

    [Fact]
    public void Labels_and_qualifiers_say_what_the_source_says()
    {
        var chuanjiang = Figures("chuanjiang/2022");
        var enterprises = chuanjiang["enterprises-above-designated-size-rd"];
        Assert.Equal("85", enterprises["value"]);
        Assert.Contains("“四有”", enterprises["label_zh"]);
        Assert.Contains("above designated size", enterprises["label_en"]);
        Assert.Equal("90", chuanjiang["rd-coverage-2022"]["value"]);
        var zhoukou = Figures("zhoukou-edz/2022");
        Assert.Equal(("100", "余", "100余家"), (zhoukou["digital-incubator-firms-target"]["value"], zhoukou["digital-incubator-firms-target"]["qualifier"], zhoukou["digital-incubator-firms-target"]["text_zh"]));
        Assert.StartsWith("more than", zhoukou["digital-incubator-firms-target"]["text_en"]);
        // Figure labels never say "a hundred million yuan": amounts are CNY.
        Assert.All(new[] { "zhoukou-edz/2022", "chuanjiang/2022", "luohe-etdz/2019" }, e => Assert.DoesNotContain("hundred million", built.Site.Page($"data/{e}/figures.csv")));
    }

    [Theory]
    [InlineData("zhoukou-edz/2022", "decade-resettlement-housing", "14110", "套", "")]
    [InlineData("zhoukou-edz/2022", "decade-schools-started", "3", "所", "")]
    [InlineData("zhoukou-edz/2022", "decade-roads-upgraded", "14", "条", "")]
    [InlineData("zhoukou-edz/2022", "year-end-incubator-signed-firms", "90", "家", "余")]
    [InlineData("zhoukou-edz/2022", "year-end-incubator-settled-firms", "70", "家", "余")]
    [InlineData("luohe-etdz/2019", "three-transformations-production-lines", "42", "条", "")]
    [InlineData("luohe-etdz/2019", "licence-reform-time-before", "50", "个工作日", "")]
    [InlineData("luohe-etdz/2019", "licence-reform-time-after", "3", "个工作日", "以内")]
    [InlineData("chuanjiang/2022", "market-entities-target-2023", "8.6", "万户", "")]
    public void Key_figures_the_data_lacked_are_in_the_downloads(string edition, string id, string value, string unit, string qualifier)
    {
        var figure = Figures(edition)[id];
        Assert.Equal((value, unit, qualifier), (figure["value"], figure["unit"], figure["qualifier"]));
        if (id == "market-entities-target-2023") Assert.Equal(("8.9", "percent"), (figure["change"], figure["change_kind"]));
        // The JSON download says the same.
        using var json = JsonDocument.Parse(built.Site.Page($"data/{edition}/figures.json"));
        var entry = json.RootElement.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("id").GetString() == id);
        Assert.Equal(value, entry.GetProperty("value").GetRawText());
    }

    [Theory]
    [InlineData("en/chuanjiang/2022/plan-2023/index.html", "stray English “and”")]
    [InlineData("en/zhoukou-edz/2022/year-end-review/index.html", "stray English “and”")]
    [InlineData("en/chuanjiang/2022/plan-2023/index.html", "The printed page repeats two passages")]
    [InlineData("zh/zhoukou-edz/2022/plan-11346/index.html", "本文将该节移至规划之前作为引言")]
    [InlineData("en/luohe-etdz/2019/first-half-2019/index.html", "the lead is headed “核心提示” (Key points)")]
    [InlineData("en/luohe-etdz/2019/index.html", "their photographers are inferred from the page credit")]
    [InlineData("en/zhoukou-edz/2022/index.html", "their photographers are inferred from the page credits")]
    [InlineData("en/zhoukou-edz/2022/plans/seven-priorities/index.html", "the items under each priority here are the editors’ summary")]
    [InlineData("en/zhoukou-edz/2022/plans/seven-priorities/index.html", "assigned responsibility, follow-up on results, site visits with review, and supervision with accountability")]
    [InlineData("en/zhoukou-edz/2022/plans/safety-1451/index.html", "it never prints “1451”")]
    [InlineData("en/chuanjiang/2022/plans/leading-and-advantage-industries/index.html", "never prints “2+4”")]
    [InlineData("en/chuanjiang/2022/plans/ten-focuses/index.html", "left out the total investment of CNY 73.6 billion")]
    [InlineData("en/chuanjiang/2022/plan-2023/index.html", "garbled as printed")]
    [InlineData("en/chuanjiang/2022/results-2022/index.html", "garbled as printed")]
    [InlineData("en/chuanjiang/2022/results-2022/index.html", "13.7 times the year before")]
    [InlineData("en/chuanjiang/2022/results-2022/index.html", "the English uses one name, Zhoukou Forest Wildlife World")]
    public void Every_silent_edit_and_editorial_choice_of_the_list_has_a_note_readers_see(string page, string note)
    {
        var html = Page(page);
        var notes = html.IndexOf("id=\"editor-notes\"", StringComparison.Ordinal);
        Assert.True(notes > 0, $"{page} has no editor's notes section");
        Assert.Contains(note, html[notes..]);
    }

    [Fact]
    public void Provenance_claims_only_what_the_pages_print()
    {
        var zhoukou = Page("en/zhoukou-edz/2022/index.html");
        Assert.Contains("page not printed in the source", zhoukou);
        Assert.Contains("inferred by the editors", zhoukou);
        // The two pages that do not name the paper say the paper is inferred, with the reason.
        foreach (var article in new[] { "plan-11346", "seven-priorities" })
        {
            Assert.Contains("Newspaper inferred: the page prints no paper’s name", Page($"en/zhoukou-edz/2022/{article}/index.html"));
        }

        Assert.Contains("2023-01", built.Site.Page("zh/zhoukou-edz/2022/year-end-review/index.html"));
        foreach (var edition in new[] { "luohe-etdz/2019", "chuanjiang/2022" })
        {
            Assert.Contains("版面未注明报纸名称", Page($"zh/{edition}/index.html"));
            Assert.Contains("newspaper not named in the source", Page($"en/{edition}/index.html"));
            Assert.Contains("(inferred by the editors: the page prints no date;", Page($"en/{edition}/index.html"));
        }
    }

    [Fact]
    public void The_english_renderings_the_list_names_are_fixed()
    {
        var folder = Path.Combine(built.Site.Folder, "content", "zhoukou-edz", "2022");
        var priorities = File.ReadAllText(Path.Combine(folder, "seven-priorities.en.md"));
        Assert.DoesNotContain("completed projects", priorities);
        Assert.Contains("landed projects", priorities);
        var plan = File.ReadAllText(Path.Combine(folder, "plan-11346.en.md"));
        Assert.DoesNotContain("upper reaches", plan);
        Assert.Contains("mid-to-high end of the industrial chain", plan);
        Assert.DoesNotContain("up 12.7 times", File.ReadAllText(Path.Combine(built.Site.Folder, "content", "chuanjiang", "2022", "results-2022.en.md")).Replace("“up 12.7 times”", ""));
        // One rendering each for the terms the list names (the glossary check warns on any other; the real build has none).
        Assert.DoesNotContain(built.Result.Warnings, w => w.Message.Contains("glossary", StringComparison.Ordinal) || w.Message.Contains("never says", StringComparison.Ordinal));
    }
    [Fact]
    public void A_build_of_the_repository_writes_the_feeds_json_ld_downloads_and_sitemap_lastmod()
    {
        var content = built.Content;
        foreach (var language in content.Config.Languages)
        {
            var articles = content.Articles.Count(a => a.In(language) is { Draft: false });
            var feed = System.Xml.Linq.XDocument.Parse(built.Site.Page($"{language.Prefix}/feed.xml"));
            System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";
            Assert.Equal(articles, feed.Root!.Elements(atom + "entry").Count());
            Assert.All(feed.Root.Elements(atom + "entry"), e => Assert.NotNull(e.Element(atom + "updated")));
            foreach (var zone in content.Zones) Assert.True(File.Exists(Path.Combine(built.Site.Output, language.Prefix, zone.Slug, "feed.xml")), $"{language.Prefix}/{zone.Slug}/feed.xml");
            Assert.True(File.Exists(Path.Combine(built.Site.Output, language.Prefix, "corrections.xml")));
        }

        foreach (var article in content.Articles)
        {
            foreach (var text in article.Texts.Values)
            {
                var html = built.Site.Page(ZoneReport.Rendering.PagePaths.Article(text, article.Edition));
                Assert.Contains("\"@type\": \"NewsArticle\"", html);
            }
        }

        foreach (var edition in content.Editions.Where(e => content.DataOf(e).Figures.Length > 0))
        {
            Assert.True(File.Exists(Path.Combine(built.Site.Output, ZoneReport.Formats.FigureData.CsvPath(edition))));
            Assert.True(File.Exists(Path.Combine(built.Site.Output, ZoneReport.Formats.FigureData.JsonPath(edition))));
        }

        var sitemap = System.Xml.Linq.XDocument.Parse(built.Site.Page("sitemap.xml"));
        System.Xml.Linq.XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        Assert.All(sitemap.Root!.Elements(sm + "url"), u => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", u.Element(sm + "lastmod")?.Value ?? ""));
    }
}
