using System.Collections.Frozen;

namespace ZoneReport.Data;

/// <summary>What a unit measures; decides how each language writes a value in it.</summary>
public enum UnitKind
{
    Money,
    Percent,
    Mu,
    Area,
    Count,
    People,
    Tonnes,
    Kilometres,
    WorkingDays,
}

/// <param name="Symbol">As written in YAML and in Chinese text, e.g. 亿元.</param>
/// <param name="Multiplier">The value of one of these in base units (yuan, m², people, tonnes).</param>
public sealed record UnitInfo(string Symbol, UnitKind Kind, decimal Multiplier);

/// <summary>The units a newsroom uses. Adding one here is all it takes to support it.</summary>
public static class Units
{
    public static readonly FrozenDictionary<string, UnitInfo> Known = new UnitInfo[]
    {
        new("亿元", UnitKind.Money, 100_000_000m),
        new("万元", UnitKind.Money, 10_000m),
        new("元", UnitKind.Money, 1m),
        new("%", UnitKind.Percent, 1m),
        new("亩", UnitKind.Mu, 1m),
        new("平方米", UnitKind.Area, 1m),
        new("万平方米", UnitKind.Area, 10_000m),
        new("个", UnitKind.Count, 1m),
        new("家", UnitKind.Count, 1m),
        new("项", UnitKind.Count, 1m),
        new("人", UnitKind.People, 1m),
        new("万人", UnitKind.People, 10_000m),
        new("吨", UnitKind.Tonnes, 1m),
        new("万吨", UnitKind.Tonnes, 10_000m),
        new("公里", UnitKind.Kilometres, 1m),
        new("套", UnitKind.Count, 1m),
        new("所", UnitKind.Count, 1m),
        new("条", UnitKind.Count, 1m),
        new("户", UnitKind.Count, 1m),
        new("万户", UnitKind.Count, 10_000m),
        new("个工作日", UnitKind.WorkingDays, 1m),
    }.ToFrozenDictionary(u => u.Symbol, StringComparer.Ordinal);

    public static string ListForHint() => string.Join(" ", Known.Keys.Order(StringComparer.Ordinal));
}
