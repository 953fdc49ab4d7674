using System.Collections.Immutable;
using System.Globalization;
using System.Xml.Linq;
using ZoneReport.Diagnostics;
using ZoneReport.Model;
using ZoneReport.Rendering;

namespace ZoneReport.Tests.Rendering;

/// <summary>The growth chart keeps every label inside its drawing, whatever the signs of the changes.</summary>
public sealed class GrowthChartTests
{
    private static readonly Language Chinese = new("zh", "zh-Hans", "zh", "中文");
    private static readonly Language English = new("en", "en", "en", "English");
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    // A value label is at most "-100.5%": about 44 units wide at the chart's font size.
    private const decimal LabelWidth = 44;

    [Theory]
    [InlineData("12.7", "-3.2", "5")]
    [InlineData("-20", "-3.2", "1")]
    [InlineData("30", "8", "0.5")]
    [InlineData("-100.5", "100.5", "0")]
    public void Every_value_label_lies_inside_the_drawing(string first, string second, string third)
    {
        var svg = Draw(English, first, second, third);
        var width = decimal.Parse(svg.Attribute("viewBox")!.Value.Split(' ')[2], CultureInfo.InvariantCulture);

        var values = svg.Elements(Svg + "text").Where(t => t.Attribute("class")?.Value == "chart-value").ToList();
        Assert.Equal(3, values.Count);
        foreach (var value in values)
        {
            var x = decimal.Parse(value.Attribute("x")!.Value, CultureInfo.InvariantCulture);
            var endAnchored = value.Attribute("text-anchor")?.Value == "end";
            var (left, right) = endAnchored ? (x - LabelWidth, x) : (x, x + LabelWidth);
            Assert.True(left >= 0 && right <= width, $"the label {value.Value} spans {left}..{right} in a {width}-wide chart");
        }
    }

    [Fact]
    public void Chinese_labels_put_the_period_in_full_width_brackets_and_English_in_ASCII_ones()
    {
        var zh = Draw(Chinese, "7", "-2", "3");
        var en = Draw(English, "7", "-2", "3");

        Assert.Contains("增速一（2022年）", Labels(zh));
        Assert.DoesNotContain(Labels(zh), l => l.Contains('(') || l.Contains(')'));
        Assert.Contains("Rate one (2022)", Labels(en));
        Assert.DoesNotContain(':', zh.Attribute("aria-label")!.Value);
        Assert.DoesNotContain(';', zh.Attribute("aria-label")!.Value);
    }

    private static List<string> Labels(XElement svg) =>
        svg.Elements(Svg + "text").Where(t => t.Attribute("class")?.Value == "chart-label").Select(t => t.Value).ToList();

    private static XElement Draw(Language language, params string[] changes)
    {
        string[] zh = ["增速一", "增速二", "增速三"];
        string[] en = ["Rate one", "Rate two", "Rate three"];
        var figures = changes.Select((change, i) => new Figure(
            $"f{i}",
            new LocalizedText(ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
                [KeyValuePair.Create("zh", zh[i]), KeyValuePair.Create("en", en[i])])),
            100, new Unit("亿元"), new Change(decimal.Parse(change, CultureInfo.InvariantCulture), IsMultiple: false),
            new Period(2022, null, null, null, null), FigureKind.Actual, null, null, SourceLocation.FileOnly("figures.yml")));
        var html = GrowthChart.Draw(figures, language, "chart")!.ToString()!;
        var svg = html[html.IndexOf("<svg", StringComparison.Ordinal)..(html.IndexOf("</svg>", StringComparison.Ordinal) + 6)];
        return XElement.Parse(svg);
    }
}
