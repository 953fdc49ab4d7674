using System.Globalization;
using System.Net;
using System.Text;
using ZoneReport.Data;
using ZoneReport.Model;

namespace ZoneReport.Rendering;

/// <summary>
/// A horizontal bar chart of growth rates as inline SVG, drawn at build time: no script, no image
/// request, readable on a 360 px screen (labels sit above their bars), with a text alternative.
/// </summary>
public static class GrowthChart
{
    private const int Width = 320;
    private const int RowHeight = 40;

    // Room beside a bar's end for its value ("-12.7%" at the chart's font size is about 44 units),
    // so the longest bar on either side still shows its label inside the drawing.
    private const int ValueRoom = 48;

    /// <summary>The chart of the figures that have a percentage change, or null when fewer than two do.</summary>
    public static HtmlString? Draw(IEnumerable<Figure> figures, Language language, string title)
    {
        var rows = figures.Where(f => f.Change is { IsMultiple: false }).ToList();
        if (rows.Count < 2) return null;

        var largest = rows.Max(f => Math.Abs(f.Change!.Value));
        var hasNegative = rows.Any(f => f.Change!.Value < 0);
        var zero = hasNegative ? Width / 2m : 0m;
        var span = hasNegative ? Width / 2m - ValueRoom : Width - ValueRoom - 12m;
        var height = rows.Count * RowHeight + 8;
        var (colon, semicolon) = QuantityFormatter.IsChinese(language) ? ("：", "；") : (": ", "; ");
        var description = string.Join(semicolon, rows.Select(f => $"{Label(f, language)}{colon}{QuantityFormatter.Change(f.Change!, language)}"));

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<figure class=\"chart\"><svg class=\"chart-svg\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" role=\"img\" aria-label=\"{Encode(title)}{colon}{Encode(description)}\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        for (var i = 0; i < rows.Count; i++)
        {
            var change = rows[i].Change!.Value;
            var length = largest == 0 ? 0 : Math.Abs(change) / largest * span;
            var x = change < 0 ? zero - length : zero;
            var top = i * RowHeight;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{top + 14}\" class=\"chart-label\">{Encode(Label(rows[i], language))}</text>\n");
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{Number(x)}\" y=\"{top + 20}\" width=\"{Number(Math.Max(length, 1))}\" height=\"12\" class=\"chart-bar{(change < 0 ? " chart-bar-negative" : "")}\"/>\n");
            var valueX = change < 0 ? Math.Max(x - 4, 0) : x + length + 4;
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{Number(valueX)}\" y=\"{top + 31}\" class=\"chart-value\"{(change < 0 ? " text-anchor=\"end\"" : "")}>{Encode(QuantityFormatter.Plain(change))}%</text>\n");
        }

        svg.Append("</svg>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<figcaption>{Encode(title)}</figcaption></figure>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>The figure's label with its period in brackets: full-width ones in Chinese, as printed pages have them.</summary>
    private static string Label(Figure figure, Language language)
    {
        if (figure.Period is not { } period) return figure.Label[language];
        var (open, close) = QuantityFormatter.IsChinese(language) ? ("（", "）") : (" (", ")");
        return $"{figure.Label[language]}{open}{QuantityFormatter.Period(period, language)}{close}";
    }

    private static string Number(decimal value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
