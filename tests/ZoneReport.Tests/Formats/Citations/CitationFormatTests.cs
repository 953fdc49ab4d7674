using System.Collections.Immutable;
using ZoneReport.Formats.Citations;

namespace ZoneReport.Tests.Formats.Citations;

/// <summary>
/// The expected APA and Chicago strings are what citeproc-js (citation-js 0.7.22, the official apa.csl and
/// chicago-note-bibliography.csl) prints for the same CSL-JSON; CI compares every real page with it too.
/// </summary>
public sealed class CitationFormatTests
{
    private static CitationSource Source(string title, string language = "en", ImmutableArray<Person>? authors = null,
        Cited<string>? paper = null, Cited<CitedDate>? date = null, string? page = null, string url = "https://example.org/en/y/") =>
        new("zone-2022-x-" + language, CitedKind.Article, language, title, authors ?? [], paper, date,
            page is null ? null : new Cited<string>(page, false), "Zone reports", url);

    private static readonly Cited<string> ZhoukouDaily = new("Zhoukou Daily", false);

    [Fact]
    public void An_inferred_date_is_cited_as_inferred_never_as_fact()
    {
        var source = Source("Year-end review", paper: ZhoukouDaily, date: new Cited<CitedDate>(new CitedDate(2023, 1), true, "the page quotes the 2023 New Year message"));

        Assert.Equal("Year-end review. (ca. 2023, January). Zhoukou Daily. https://example.org/en/y/", Apa.Reference(source).Plain);
        Assert.Equal("Zhoukou Daily. “Year-End Review,” [January 2023?]. https://example.org/en/y/.", Chicago.Bibliography(source).Plain);
        Assert.Equal("Year-end review[N/OL]. Zhoukou Daily, [2023-01][date accessed]. https://example.org/en/y/.", Gbt7714.Reference(source).Plain);
        Assert.Contains("\"circa\": true", ReferenceFiles.CslJson(source));
        Assert.Contains("date = {2023-01~}", ReferenceFiles.BibTeX(source));
        Assert.DoesNotContain("year =", ReferenceFiles.BibTeX(source));
        Assert.DoesNotContain("Y1  -", ReferenceFiles.Ris(source));
        Assert.Contains("Date inferred: the page quotes the 2023 New Year message", ReferenceFiles.CslJson(source));
        Assert.DoesNotContain(HeadMetadata.For(source), m => m.Name is "citation_publication_date" or "DC.date");
    }

    [Fact]
    public void An_unknown_author_is_left_out_as_each_style_prescribes()
    {
        var source = Source("Results of 2022", paper: ZhoukouDaily, date: new Cited<CitedDate>(new CitedDate(2022, 10, 17), false));

        // APA: the title moves to the author's place; Chicago: the newspaper does (CMOS 14.207); GB/T: the entry opens with the title.
        Assert.StartsWith("Results of 2022. (2022, October 17).", Apa.Reference(source).Plain);
        Assert.StartsWith("Zhoukou Daily. “Results of 2022,” October 17, 2022.", Chicago.Bibliography(source).Plain);
        Assert.StartsWith("Results of 2022[N/OL]. Zhoukou Daily, 2022-10-17", Gbt7714.Reference(source).Plain);
        Assert.DoesNotContain("author", ReferenceFiles.BibTeX(source));
        Assert.DoesNotContain("A1  -", ReferenceFiles.Ris(source));
        Assert.DoesNotContain("\"author\"", ReferenceFiles.CslJson(source));
        Assert.DoesNotContain(HeadMetadata.For(source), m => m.Name is "citation_author" or "DC.creator");
    }

    [Fact]
    public void A_chinese_only_title_is_kept_as_written_in_every_style()
    {
        var authors = ImmutableArray.Create(Person.Parse("王晨"), Person.Parse("郭雪松"));
        var paper = new Cited<string>("漯河日报", false);
        var date = new Cited<CitedDate>(new CitedDate(2019, 7, 1), false);
        var english = Source("漯河经开区上半年", authors: authors, paper: paper, date: date, url: "https://example.org/en/l/");
        var chinese = english with { LanguageCode = "zh-Hans", Url = "https://example.org/zh/l/" };

        Assert.Equal("王晨 & 郭雪松. (2019, July 1). 漯河经开区上半年. 漯河日报. https://example.org/en/l/", Apa.Reference(english).Plain);
        Assert.Equal("王晨 and 郭雪松. “漯河经开区上半年.” 漯河日报, July 1, 2019. https://example.org/en/l/.", Chicago.Bibliography(english).Plain);
        // GB/T 7714—2025: a Chinese entry in full-width punctuation.
        Assert.Equal("王晨，郭雪松. 漯河经开区上半年[N/OL]. 漯河日报，2019-07-01[引用日期]. https://example.org/zh/l/.", Gbt7714.Reference(chinese).Plain);
        Assert.Contains("title = {{漯河经开区上半年}}", ReferenceFiles.BibTeX(chinese));
        Assert.Contains("author = {{王晨} and {郭雪松}}", ReferenceFiles.BibTeX(chinese));
        Assert.Contains("\"literal\": \"王晨\"", ReferenceFiles.CslJson(chinese));
    }

    [Fact]
    public void An_inferred_newspaper_is_bracketed_as_information_the_editor_supplied()
    {
        var source = Source("Results of 2022", paper: new Cited<string>("Zhoukou Daily", true, "the page names no paper"));
        Assert.Equal("Results of 2022. (n.d.). [Zhoukou Daily]. https://example.org/en/y/", Apa.Reference(source).Plain);
        Assert.StartsWith("[Zhoukou Daily]. “Results of 2022,” n.d.", Chicago.Bibliography(source).Plain);
        Assert.Contains("[N/OL]. [Zhoukou Daily][date accessed].", Gbt7714.Reference(source).Plain);
        Assert.DoesNotContain(HeadMetadata.For(source), m => m.Name == "citation_journal_title");
    }

    [Fact]
    public void Romanised_authors_follow_each_style()
    {
        var source = Source("Looking ahead: the “11346” plan charts the road map", authors: [Person.Parse("Wang Chen")], paper: ZhoukouDaily,
            date: new Cited<CitedDate>(new CitedDate(2022, 10, 17), false), page: "7", url: "https://example.org/en/p/");
        Assert.Equal("Wang, C. (2022, October 17). Looking ahead: the “11346” plan charts the road map. Zhoukou Daily, 7. https://example.org/en/p/", Apa.Reference(source).Plain);
        Assert.Equal("Wang, Chen. “Looking Ahead: The ‘11346’ Plan Charts the Road Map.” Zhoukou Daily, October 17, 2022. https://example.org/en/p/.", Chicago.Bibliography(source).Plain);
        // 2025: the given name in full and the family name not in capitals (2015: WANG C).
        Assert.Equal("Wang Chen. Looking ahead: the “11346” plan charts the road map[N/OL]. Zhoukou Daily, 2022-10-17(7)[date accessed]. https://example.org/en/p/.", Gbt7714.Reference(source).Plain);
        Assert.Contains(("citation_author", "Wang, Chen"), HeadMetadata.For(source));
        Assert.Contains(("citation_publication_date", "2022/10/17"), HeadMetadata.For(source));
    }

    [Fact]
    public void Three_and_more_names_are_listed_as_the_styles_ask()
    {
        var three = Source("T", authors: [Person.Parse("王晨"), Person.Parse("郭雪松"), Person.Parse("赵胜")]);
        Assert.StartsWith("王晨, 郭雪松, & 赵胜. (n.d.).", Apa.Reference(three).Plain);
        Assert.StartsWith("王晨, 郭雪松, and 赵胜. ", Chicago.Bibliography(three).Plain);
        var four = Source("T", language: "zh-Hans", authors: [.. three.Authors, Person.Parse("李庆华")]);
        Assert.StartsWith("王晨，郭雪松，赵胜，等. T[N/OL]", Gbt7714.Reference(four).Plain);
    }

    [Fact]
    public void The_access_date_is_a_visible_placeholder_in_the_page()
    {
        var html = Gbt7714.Reference(Source("T", language: "zh-Hans")).Html;
        Assert.Contains("<span class=\"cite-placeholder\">[引用日期]</span>", html);
    }

    [Theory]
    [InlineData("“Five-star” branch campaign on show: on-site visits spur improvement", "“Five-Star” Branch Campaign on Show: On-Site Visits Spur Improvement")]
    [InlineData("what is this for", "What Is This For")]
    [InlineData("rise of the zone’s industry (part 1)", "Rise of the Zone’s Industry (Part 1)")]
    [InlineData("2023: sprint and strive to lead", "2023: Sprint and Strive to Lead")]
    [InlineData("a tale of GDP via iPhone", "A Tale of GDP via iPhone")]
    public void Title_case_follows_citeproc(string title, string expected) => Assert.Equal(expected, TitleCase.Apply(title));
}
