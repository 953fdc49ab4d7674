using System.Xml.Linq;
using ZoneReport.Archive.Epub;
using ZoneReport.Tests.Formats.Corrections;

namespace ZoneReport.Tests.Archive.Epub;

/// <summary>An edition with corrections: its book ends with the corrections log, linked inside the book.</summary>
public sealed class EpubCorrectionsTests(CorrectedFixtureSite fixture) : IClassFixture<CorrectedFixtureSite>
{
    private static string Entry(byte[] book, string name) => EpubExportTests.Entry(book, name);

    [Fact]
    public void The_book_ends_with_the_corrections_log_and_its_links_stay_in_the_book()
    {
        var book = EpubExport.Book(fixture.Site.Output, "zh/sample-zone/2022/index.html").Bytes;
        XNamespace opf = "http://www.idpf.org/2007/opf";
        var package = XDocument.Parse(Entry(book, "EPUB/package.opf"));
        var files = package.Descendants(opf + "itemref")
            .Select(i => (string)package.Descendants(opf + "item").Single(item => (string)item.Attribute("id")! == (string)i.Attribute("idref")!).Attribute("href")!);
        Assert.Equal(["edition.xhtml", "plan.xhtml", "news.xhtml", "corrections.xhtml"], files);
        var log = Entry(book, "EPUB/corrections.xhtml");
        Assert.Contains("href=\"plan.xhtml#editor-notes\"", log);
        Assert.Contains("合同资金262亿元", log);
        Assert.Contains("href=\"corrections.xhtml\"", Entry(book, "EPUB/edition.xhtml"));
    }
}
