namespace ZoneReport.Engine;

/// <summary>
/// A dictionary with a few entries laid over a large one, without copying it: what a copy with
/// those entries set would be, in the same order (a key set again keeps its place, a new key comes
/// after the others), read-only.
/// </summary>
internal sealed class Overlay<TValue> : IReadOnlyDictionary<string, TValue>
{
    private readonly IReadOnlyDictionary<string, TValue> _under;
    private readonly Dictionary<string, TValue> _over = new(StringComparer.Ordinal);
    private readonly List<string> _added = [];
    private readonly bool _replaces;

    public Overlay(IReadOnlyDictionary<string, TValue> under, IEnumerable<KeyValuePair<string, TValue>> over)
    {
        _under = under;
        foreach (var (key, value) in over)
        {
            if (_under.ContainsKey(key)) _replaces = true;
            else if (!_over.ContainsKey(key)) _added.Add(key);
            _over[key] = value;
        }
    }

    public TValue this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"'{key}' is not in the site");

    public IEnumerable<string> Keys => _under.Keys.Concat(_added);

    public IEnumerable<TValue> Values => this.Select(e => e.Value);

    public int Count => _under.Count + _added.Count;

    public bool ContainsKey(string key) => _over.ContainsKey(key) || _under.ContainsKey(key);

    public bool TryGetValue(string key, out TValue value) =>
        _over.TryGetValue(key, out value!) || _under.TryGetValue(key, out value!);

    public IEnumerator<KeyValuePair<string, TValue>> GetEnumerator()
    {
        foreach (var (key, value) in _under) yield return KeyValuePair.Create(key, _replaces && _over.TryGetValue(key, out var over) ? over : value);
        foreach (var key in _added) yield return KeyValuePair.Create(key, _over[key]);
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
