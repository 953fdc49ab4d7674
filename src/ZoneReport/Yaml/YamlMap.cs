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

    /// <summary>A text that must be there and must not be blank.</summary>
    public string RequiredString(string key, string example)
    {
        var value = OptionalString(key);
        if (!string.IsNullOrWhiteSpace(value)) return value;
        if (Find(key) is { } blank)
        {
            throw Error(blank, $"'{key}' is blank", $"write the text after '{key}:', for example '{key}: {example}'");
        }

        throw Missing(key, $"add a line such as '{key}: {example}'");
    }

    /// <summary>
    /// The error for a required key that is absent. A key written nearly like it (tittle: for title:)
    /// is most likely the same key misspelt, so the error points at that one and names both.
    /// </summary>
    public BuildException Missing(string key, string hint)
    {
        var misspelt = _node.Children.Keys.OfType<YamlScalarNode>()
            .Where(k => k.Value is { Length: > 0 } written && written != key && !_read.Contains(written))
            .Select(k => (Node: k, Distance: EditDistance.Between(k.Value!, key)))
            .Where(c => c.Distance <= Math.Max(1, key.Length / 3))
            .OrderBy(c => c.Distance).ThenBy(c => c.Node.Start.Line)
            .Select(c => c.Node)
            .FirstOrDefault();
        if (misspelt is null) return Error(_node, $"'{key}' is missing", hint);
        _read.Add(misspelt.Value!);
        return Error(misspelt, $"'{key}' is missing, and '{misspelt.Value}' is not a known key: is it '{key}' misspelt?",
            $"rename '{misspelt.Value}' to '{key}'");
    }

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
        OptionalMap(key) ?? throw Missing(key, $"add it, for example: {example}");

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

    /// <summary>Reports every key of this mapping that was never read, all at once.</summary>
    public void RejectUnknownKeys()
    {
        var errors = new List<BuildError>();
        foreach (var (keyNode, value) in _node.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (_read.Contains(key)) continue;
            var suggestion = Suggest(key, _read);
            var hint = BrokenFlowMapping(keyNode, value)
                ? $"a comma inside {{ ... }} ends the text before it, so '{key}' was read as a key: put the text in quotes, " +
                  "like en: \"A zone in Zhoukou, Henan.\", or write each language on its own line (block style) under the key"
                : suggestion is null
                    ? $"remove it; the keys read here are: {string.Join(", ", _read.Order(StringComparer.Ordinal))}"
                    : $"did you mean '{suggestion}'?";
            errors.Add(new BuildError(LocationOf(keyNode), $"unknown key '{key}'", hint));
        }

        if (errors.Count > 0) throw new BuildException(errors);
    }

    /// <summary>
    /// <c>{ zh: ..., en: A zone in Zhoukou, Henan. }</c>: the comma ends the English text and
    /// "Henan." becomes a key without a value.
    /// </summary>
    private bool BrokenFlowMapping(YamlNode key, YamlNode value) =>
        _node.Style == YamlDotNet.Core.Events.MappingStyle.Flow &&
        value is YamlScalarNode { Value: null or "" } && key is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain };

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
