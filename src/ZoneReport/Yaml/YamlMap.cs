using System.Globalization;
using YamlDotNet.RepresentationModel;
using ZoneReport.Diagnostics;

namespace ZoneReport.Yaml;

/// <summary>
/// A YAML mapping read by key, with a precise location for every error. Keys that are never read
/// are reported by <see cref="RejectUnknownKeys"/>, so a misspelt key never passes silently.
/// </summary>
public sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    internal YamlMap(YamlMappingNode node, string file, int lineOffset)
    {
        _node = node;
        File = file;
        LineOffset = lineOffset;
    }

    public string File { get; }
    internal int LineOffset { get; }

    public SourceLocation Location => LocationOf(_node, File, LineOffset);

    internal static YamlMap Empty(string file, int lineOffset) => new(new YamlMappingNode(), file, lineOffset);

    internal static SourceLocation LocationOf(YamlNode node, string file, int lineOffset) =>
        new(file, Math.Max((int)node.Start.Line + lineOffset, 1), Math.Max((int)node.Start.Column, 1));

    public SourceLocation LocationOf(YamlNode node) => LocationOf(node, File, LineOffset);

    /// <summary>The keys as written, in file order.</summary>
    public IReadOnlyList<string> Keys => _node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "").ToList();

    public bool Has(string key) => Find(key) is not null;

    /// <summary>The location of a key's value, or of the mapping when the key is absent.</summary>
    public SourceLocation LocationOfValue(string key) => Find(key) is { } node ? LocationOf(node) : Location;

    public YamlNode? Find(string key)
    {
        _read.Add(key);
        return _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }

    public string? OptionalString(string key)
    {
        var node = Find(key);
        if (node is null) return null;
        if (node is YamlScalarNode scalar) return IsNull(scalar) ? null : scalar.Value;
        throw Error(node, $"'{key}' must be a single piece of text", $"write it on one line: '{key}: ...'");
    }

    public string RequiredString(string key, string example) =>
        OptionalString(key) is { Length: > 0 } value
            ? value
            : throw Error(Find(key) ?? (YamlNode)_node, $"'{key}' is missing", $"add a line such as '{key}: {example}'");

    public decimal? OptionalDecimal(string key)
    {
        var text = OptionalString(key);
        if (text is null) return null;
        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        throw Error(Find(key)!, $"'{key}' must be a number, not '{text}'",
            "write digits with an optional decimal point, such as 349.8 (no units or commas)");
    }

    public int? OptionalInt(string key)
    {
        var text = OptionalString(key);
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) return value;
        throw Error(Find(key)!, $"'{key}' must be a whole number, not '{text}'", $"write it like '{key}: 3'");
    }

    public bool OptionalBool(string key, bool fallback)
    {
        var text = OptionalString(key);
        return text switch
        {
            null => fallback,
            "true" or "yes" => true,
            "false" or "no" => false,
            _ => throw Error(Find(key)!, $"'{key}' must be true or false, not '{text}'", $"write '{key}: true' or '{key}: false'"),
        };
    }

    public DateOnly? OptionalDate(string key)
    {
        var text = OptionalString(key);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        throw Error(Find(key)!, $"'{key}' must be a date written as YYYY-MM-DD, not '{text}'", $"write it like '{key}: 2022-10-17'");
    }

    public YamlMap? OptionalMap(string key)
    {
        var node = Find(key);
        if (node is null || node is YamlScalarNode s && IsNull(s)) return null;
        if (node is YamlMappingNode mapping) return new YamlMap(mapping, File, LineOffset);
        throw Error(node, $"'{key}' must hold 'key: value' settings", $"put them on the following lines, indented under '{key}:'");
    }

    public YamlMap RequiredMap(string key, string example) =>
        OptionalMap(key) ?? throw Error(_node, $"'{key}' is missing", $"add it, for example: {example}");

    /// <summary>The items of a list of mappings ('- key: value' entries).</summary>
    public IReadOnlyList<YamlMap> MapList(string key)
    {
        var node = Find(key);
        if (node is null || node is YamlScalarNode s && IsNull(s)) return Array.Empty<YamlMap>();
        if (node is not YamlSequenceNode sequence)
        {
            throw Error(node, $"'{key}' must be a list", $"start each entry on its own line with '- ' under '{key}:'");
        }

        return sequence.Children.Select(child => child is YamlMappingNode mapping
                ? new YamlMap(mapping, File, LineOffset)
                : throw Error(child, $"each entry of '{key}' must hold 'key: value' settings", "see the README for an example entry"))
            .ToList();
    }

    /// <summary>The nodes of a list whose entries may be scalars or mappings.</summary>
    public IReadOnlyList<YamlNode> NodeList(string key)
    {
        var node = Find(key);
        if (node is null || node is YamlScalarNode s && IsNull(s)) return Array.Empty<YamlNode>();
        if (node is YamlSequenceNode sequence) return sequence.Children.ToList();
        throw Error(node, $"'{key}' must be a list", $"start each entry on its own line with '- ' under '{key}:'");
    }

    public YamlMap AsMap(YamlNode node, string what) =>
        node is YamlMappingNode mapping
            ? new YamlMap(mapping, File, LineOffset)
            : throw Error(node, $"{what} must hold 'key: value' settings", "see the README for an example");

    public void RejectUnknownKeys()
    {
        foreach (var (keyNode, _) in _node.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (_read.Contains(key)) continue;
            var suggestion = Suggest(key, _read);
            throw Error(keyNode, $"unknown key '{key}'",
                suggestion is null
                    ? $"remove it; the keys read here are: {string.Join(", ", _read.Order(StringComparer.Ordinal))}"
                    : $"did you mean '{suggestion}'?");
        }
    }

    public BuildException Error(YamlNode node, string message, string hint) =>
        new(LocationOf(node), message, hint);

    public BuildException Error(string message, string hint) => new(Location, message, hint);

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && (scalar.Value is null or "" or "~" or "null");

    private static string? Suggest(string key, IEnumerable<string> known) =>
        known.Select(k => (Key: k, Distance: EditDistance.Between(key, k)))
            .Where(c => c.Distance <= Math.Max(2, key.Length / 3))
            .OrderBy(c => c.Distance).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => c.Key)
            .FirstOrDefault();
}
