using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using ZoneReport.Data;
using ZoneReport.Model;

namespace ZoneReport.Formats;

/// <summary>
/// An edition's key figures as open data: one CSV (RFC 4180, UTF-8, \n line ends) and one JSON file
/// with both languages, the value exactly as printed with its unit, the same value in base units,
/// period and source. README.md documents every column.
/// </summary>
public static class FigureData
{
    public static string CsvPath(Edition edition) => $"data/{edition.Zone.Slug}/{edition.Slug}/figures.csv";

    public static string JsonPath(Edition edition) => $"data/{edition.Zone.Slug}/{edition.Slug}/figures.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = true,
        NewLine = "\n",
    };

    /// <summary>The column names, in order; those per language end in the language id (label_zh, label_en).</summary>
    public static IReadOnlyList<string> Columns(SiteConfig config) =>
    [
        "edition", "id",
        .. config.Languages.Select(l => $"label_{l.Id}"),
        "value", "unit", "base_value", "base_unit",
        .. config.Languages.Select(l => $"text_{l.Id}"),
        "change", "change_kind", "period", "as_of", "kind", "qualifier",
        .. config.Languages.Select(l => $"source_{l.Id}"),
        "article", "revises",
        .. config.Languages.Select(l => $"notes_{l.Id}"),
    ];

    public static string Csv(SiteConfig config, Edition edition, EditionData data)
    {
        var csv = new StringBuilder();
        Row(csv, Columns(config));
        foreach (var figure in data.Figures)
        {
            var (baseValue, baseUnit) = BaseValue(figure);
            Row(csv,
            [
                edition.Key, figure.Id,
                .. config.Languages.Select(l => figure.Label[l]),
                Number(figure.Value), figure.Unit.Symbol, Number(baseValue), baseUnit,
                .. config.Languages.Select(l => QuantityFormatter.Value(figure.Value, figure.Unit, figure.Qualifier, l)),
                figure.Change is { } change ? Number(change.Value) : "", figure.Change is { } kind ? ChangeKind(kind) : "",
                figure.Period?.Key ?? "", figure.AsOf is { } asOf ? ContentDates.Iso(asOf) : "", Kind(figure.Kind), Qualifier(figure) ?? "",
                .. config.Languages.Select(l => figure.Source?[l] ?? ""),
                figure.ArticleKey ?? "", figure.Revises ?? "",
                .. config.Languages.Select(l => string.Join(" | ", figure.Notes.Select(n => $"{NoteKindName(n.Kind)}: {n.Text[l]}"))),
            ]);
        }

        return csv.ToString();
    }

    public static string Json(SiteConfig config, Edition edition, EditionData data)
    {
        var figures = new JsonArray();
        foreach (var figure in data.Figures)
        {
            var (baseValue, baseUnit) = BaseValue(figure);
            // As a JsonNode: JsonArray.Add<T> would serialize it by reflection (not possible in a native build).
            figures.Add((JsonNode)new JsonObject
            {
                ["id"] = figure.Id,
                ["label"] = Localized(config, figure.Label),
                ["value"] = Normalized(figure.Value),
                ["unit"] = figure.Unit.Symbol,
                ["base_value"] = Normalized(baseValue),
                ["base_unit"] = baseUnit,
                ["text"] = Localized(config, LocalizedText(config, l => QuantityFormatter.Value(figure.Value, figure.Unit, figure.Qualifier, l))),
                ["change"] = figure.Change is { } change ? new JsonObject { ["value"] = Normalized(change.Value), ["kind"] = ChangeKind(change) } : null,
                ["period"] = figure.Period?.Key,
                ["as_of"] = figure.AsOf is { } asOf ? ContentDates.Iso(asOf) : null,
                ["kind"] = Kind(figure.Kind),
                ["qualifier"] = Qualifier(figure),
                ["source"] = figure.Source is { } source ? Localized(config, source) : null,
                ["article"] = figure.ArticleKey,
                ["revises"] = figure.Revises,
                ["notes"] = Notes(config, figure.Notes),
            });
        }

        var document = new JsonObject
        {
            ["edition"] = edition.Key,
            ["title"] = Localized(config, edition.Title),
            ["printed_in"] = PrintedIn(config, edition),
            ["notes"] = Notes(config, edition.Notes),
            ["generator"] = Generator.NameAndVersion,
            ["figures"] = figures,
        };
        return document.ToJsonString(Options) + "\n";
    }

    /// <summary>The value in the unit's base: yuan (CNY), percent, mu, m², count, people, tonnes, km, working days.</summary>
    public static (decimal Value, string Unit) BaseValue(Figure figure)
    {
        var info = Units.Known[figure.Unit.Symbol];
        var unit = info.Kind switch
        {
            UnitKind.Money => "CNY",
            UnitKind.Percent => "%",
            UnitKind.Mu => "mu",
            UnitKind.Area => "m2",
            UnitKind.Count => "count",
            UnitKind.People => "people",
            UnitKind.Tonnes => "t",
            UnitKind.Kilometres => "km",
            UnitKind.WorkingDays => "working days",
            _ => throw new ArgumentOutOfRangeException(nameof(figure)),
        };
        return (figure.Value * info.Multiplier, unit);
    }

    /// <summary>The qualifier as the source words it (余, 以上, 以内, 突破, 约), or null for an exact figure.</summary>
    private static string? Qualifier(Figure figure) =>
        figure.Qualifier == FigureQualifier.None ? null : FigureReader.Qualifiers.First(q => q.Value == figure.Qualifier).Key;

    private static string NoteKindName(NoteKind kind) => kind.ToString().ToLowerInvariant();

    private static JsonArray Notes(SiteConfig config, IEnumerable<LocalizedNote> notes) =>
        new(notes.Select(n => (JsonNode)new JsonObject
        {
            ["kind"] = NoteKindName(n.Kind),
            ["text"] = Localized(config, n.Text),
            ["original"] = n.Original,
            ["date"] = n.Date is { } date ? ContentDates.Iso(date) : null,
        }).ToArray());

    /// <summary>Where the edition was printed, each fact with how it is known (printed, inferred with its reason, unknown).</summary>
    private static JsonObject PrintedIn(SiteConfig config, Edition edition)
    {
        JsonObject Fact<T>(Func<Provenance, SourceFact<T>> fact, Func<T, string> text) where T : class
        {
            var first = fact(edition.Source.In(config.DefaultLanguage));
            var node = new JsonObject { ["status"] = first.Status.ToString().ToLowerInvariant() };
            if (first.Value is not null)
            {
                node["value"] = Localized(config, LocalizedText(config, l => fact(edition.Source.In(l)).Value is { } v ? text(v) : ""));
            }

            if (first.Reason is not null) node["reason"] = Localized(config, LocalizedText(config, l => fact(edition.Source.In(l)).Reason ?? ""));
            return node;
        }

        return new JsonObject
        {
            ["publication"] = Fact(p => p.Publication, v => v),
            ["date"] = Fact(p => p.Date, d => d.Iso),
            ["page"] = Fact(p => p.Page, v => v),
        };
    }

    private static string ChangeKind(Change change) => change.IsMultiple ? "multiple" : "percent";

    private static string Kind(FigureKind kind) => kind.ToString().ToLowerInvariant();

    // Trailing zeros go (226.0 -> 226) so CSV and JSON agree; decimal keeps every digit otherwise.
    private static string Number(decimal value) => QuantityFormatter.Plain(value);

    /// <summary>The same number without trailing zeros (34980000000.0 -> 34980000000), so JSON and CSV agree.</summary>
    private static decimal Normalized(decimal value) => value / 1.0000000000000000000000000000m;

    private static LocalizedText LocalizedText(SiteConfig config, Func<Language, string> text) =>
        new(config.Languages.ToImmutableSortedDictionary(l => l.Id, text, StringComparer.Ordinal));

    private static JsonObject Localized(SiteConfig config, LocalizedText text)
    {
        var node = new JsonObject();
        foreach (var language in config.Languages) node[language.Id] = text[language];
        return node;
    }

    private static void Row(StringBuilder csv, IEnumerable<string> cells)
    {
        csv.AppendJoin(',', cells.Select(Cell)).Append('\n');
    }

    /// <summary>A cell is quoted when it holds a comma, quote or line break (RFC 4180), quotes doubled.</summary>
    private static string Cell(string text) =>
        text.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
}
