using System.Collections.Immutable;

namespace ZoneReport.Model;

/// <summary>A text for readers in every language of the site, keyed by language id.</summary>
public sealed record LocalizedText(ImmutableSortedDictionary<string, string> Values)
{
    public string this[Language language] => Values[language.Id];

    public string In(Language language) => Values[language.Id];

    public static LocalizedText Same(string text, IEnumerable<Language> languages) =>
        new(languages.ToImmutableSortedDictionary(l => l.Id, _ => text, StringComparer.Ordinal));

    public bool Equals(LocalizedText? other) =>
        other is not null && Values.Count == other.Values.Count &&
        Values.All(pair => other.Values.TryGetValue(pair.Key, out var value) && value == pair.Value);

    public override int GetHashCode() => Values.Aggregate(0, (hash, pair) => HashCode.Combine(hash, pair.Key, pair.Value));
}
