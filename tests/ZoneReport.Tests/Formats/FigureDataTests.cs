using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.VisualBasic.FileIO;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Formats;

/// <summary>The key-figure downloads, read back with .NET's own CSV parser and System.Text.Json.</summary>
public sealed class FigureDataTests(BuiltFixtureSite fixture) : IClassFixture<BuiltFixtureSite>
{
    private const string Folder = "data/sample-zone/2022/";

    private List<Dictionary<string, string>> CsvRows()
    {
        using var parser = new TextFieldParser(Path.Combine(fixture.Site.Output, Folder + "figures.csv"), System.Text.Encoding.UTF8)
        {
            TextFieldType = FieldType.Delimited, Delimiters = [","], HasFieldsEnclosedInQuotes = true,
        };
        var header = parser.ReadFields()!;
        var rows = new List<Dictionary<string, string>>();
        while (!parser.EndOfData)
        {
            var fields = parser.ReadFields()!;
            Assert.Equal(header.Length, fields.Length);
            rows.Add(header.Zip(fields).ToDictionary(p => p.First, p => p.Second));
        }

        return rows;
    }

    [Fact]
    public void The_CSV_has_the_documented_columns_and_one_row_per_figure()
    {
        var header = File.ReadLines(Path.Combine(fixture.Site.Output, Folder + "figures.csv")).First();
        Assert.Equal("edition,id,label_zh,label_en,value,unit,base_value,base_unit,text_zh,text_en,change,change_kind,period,as_of,kind,qualifier,source_zh,source_en,article,revises,notes_zh,notes_en", header);
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        Assert.All(header.Split(','), column => Assert.Contains($"| `{column.Replace("_zh", "_<lang>").Replace("_en", "_<lang>")}` |", readme));
        var rows = CsvRows();
        Assert.Equal(["contract-funds", "projects", "gdp", "land", "revenue"], rows.Select(r => r["id"]));
        var funds = rows[0];
        Assert.Equal("sample-zone/2022", funds["edition"]);
        Assert.Equal("合同资金", funds["label_zh"]);
        Assert.Equal("Contract funds", funds["label_en"]);
        Assert.Equal("226", funds["value"]);
        Assert.Equal("亿元", funds["unit"]);
        Assert.Equal("22600000000", funds["base_value"]);
        Assert.Equal("CNY", funds["base_unit"]);
        Assert.Equal("CNY 22.6 billion", funds["text_en"]);
        Assert.Equal("226亿元", funds["text_zh"]);
        Assert.Equal("2022", funds["period"]);
        Assert.Equal("plan", funds["article"]);
        var gdp = rows[2];
        Assert.Equal(("7", "percent"), (gdp["change"], gdp["change_kind"]));
        Assert.Equal("34980000000", gdp["base_value"]);
        Assert.Equal(("target", "2023"), (rows[3]["kind"], rows[3]["period"]));
        Assert.Equal("2022-H1", rows[4]["period"]);
    }

    [Fact]
    public void The_JSON_gives_the_same_figures_with_exact_numbers()
    {
        using var json = JsonDocument.Parse(fixture.Site.Page(Folder + "figures.json"));
        var root = json.RootElement;
        Assert.Equal("sample-zone/2022", root.GetProperty("edition").GetString());
        var figures = root.GetProperty("figures").EnumerateArray().ToList();
        var rows = CsvRows();
        Assert.Equal(rows.Count, figures.Count);
        foreach (var (figure, row) in figures.Zip(rows))
        {
            Assert.Equal(row["id"], figure.GetProperty("id").GetString());
            Assert.Equal(decimal.Parse(row["value"], System.Globalization.CultureInfo.InvariantCulture), figure.GetProperty("value").GetDecimal());
            Assert.Equal(row["base_value"], figure.GetProperty("base_value").GetRawText());
            Assert.Equal(row["label_en"], figure.GetProperty("label").GetProperty("en").GetString());
            Assert.Equal(row["text_zh"], figure.GetProperty("text").GetProperty("zh").GetString());
        }

        Assert.Equal(349.8m, figures[2].GetProperty("value").GetDecimal());
        Assert.Equal("percent", figures[2].GetProperty("change").GetProperty("kind").GetString());
    }

    [Theory]
    [InlineData("en/sample-zone/2022/index.html")]
    [InlineData("zh/sample-zone/2022/index.html")]
    public void The_edition_page_links_to_both_downloads(string page)
    {
        var document = new HtmlParser().ParseDocument(fixture.Site.Page(page));
        var links = document.QuerySelectorAll("p.downloads a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(["../../../data/sample-zone/2022/figures.csv", "../../../data/sample-zone/2022/figures.json"], links);
        var folder = Path.GetDirectoryName(Path.Combine(fixture.Site.Output, page))!;
        Assert.All(links, link => Assert.True(File.Exists(Path.GetFullPath(Path.Combine(folder, link)))));
    }

    [Fact]
    public void Cells_with_commas_and_quotes_survive_the_round_trip()
    {
        using var site = new TestSite();
        site.Replace($"{site.EditionFolder}/figures.yml", "en: Contract funds", "en: 'Contract funds, \"signed\"'");
        site.Build();
        using var parser = new TextFieldParser(Path.Combine(site.Output, Folder + "figures.csv")) { Delimiters = [","], HasFieldsEnclosedInQuotes = true };
        parser.ReadFields();
        Assert.Equal("Contract funds, \"signed\"", parser.ReadFields()![3]);
    }
}
