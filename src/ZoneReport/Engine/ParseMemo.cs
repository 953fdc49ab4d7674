using System.Collections.Concurrent;

namespace ZoneReport.Engine;

/// <summary>
/// Parsed source files kept in memory between the preview's rebuilds, keyed by path and the
/// file's whole text: a file saved unchanged or not touched is not parsed again, one whose text
/// changed is. A parse that throws (an error in the file) keeps nothing. A <c>build</c> process has none (each build is
/// a new process); the preview clears it when site.yml changes, as parsing depends on the settings.
/// </summary>
public sealed class ParseMemo
{
    private readonly ConcurrentDictionary<(string Kind, string Path), (string Text, object Result)> _parsed = new();

    /// <summary>The kept result for this text of the file, or <paramref name="parse"/>'s (kept unless it throws).</summary>
    public T GetOrParse<T>(string kind, string path, string text, Func<string, T> parse) where T : class
    {
        if (_parsed.TryGetValue((kind, path), out var kept) && string.Equals(kept.Text, text, StringComparison.Ordinal)) return (T)kept.Result;
        var result = parse(text);
        _parsed[(kind, path)] = (text, result);
        return result;
    }

    public void Clear() => _parsed.Clear();
}
