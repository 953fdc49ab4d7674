using System.Collections.Immutable;

namespace ZoneReport.Archive.Verify;

/// <summary>BagIt tag files (bagit.txt, bag-info.txt): "Label: value" lines; a line starting with white space continues the value above.</summary>
internal static class TagFile
{
    public static ImmutableDictionary<string, string> Read(string file, string shownName, ProblemList problems)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        string? last = null;
        var lines = File.ReadAllText(file).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0) continue;
            if (char.IsWhiteSpace(line[0]) && last is not null)
            {
                values[last] += " " + line.Trim();
                continue;
            }

            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                problems.Add(shownName, $"line {i + 1}: expected 'Label: value'");
                continue;
            }

            last = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            // Repeated labels are allowed in bag-info.txt; the first is what a reader checks.
            values.TryAdd(last, value);
            if (values[last] != value) last = null;
        }

        return values.ToImmutableDictionary(StringComparer.Ordinal);
    }
}
