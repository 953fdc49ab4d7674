using System.Text;

namespace ZoneReport.Formats.Citations;

/// <summary>
/// Headline-style capitalisation as CSL's text-case="title" does it in citeproc-js: every word
/// capitalised except short function words, which stay lower case unless they open the title,
/// follow a colon or close it; words that already hold a capital (iPhone, GDP) are left alone,
/// and each part of a hyphenated word is treated as a word.
/// </summary>
public static class TitleCase
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "but", "or", "nor", "yet", "for", "as", "at", "by", "in", "of", "off", "on", "onto",
        "out", "over", "per", "to", "up", "upon", "via", "with", "within", "without", "from", "into", "than", "till",
        "until", "unto", "down", "near", "since", "under", "about", "above", "across", "after", "against", "along",
        "amid", "among", "around", "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond",
        "despite", "during", "except", "inside", "like", "outside", "past", "through", "throughout", "toward", "towards",
        "underneath", "versus", "vs", "vs.", "v.", "de", "von", "van",
    };

    public static string Apply(string title)
    {
        var words = title.Split(' ');
        var text = new StringBuilder();
        var afterColon = true;
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0) text.Append(' ');
            var word = words[i];
            var edge = afterColon || i == words.Length - 1;
            text.Append(string.Join('-', word.Split('-').Select((part, j) => Capitalise(part, edge && j == 0))));
            if (word.Length > 0) afterColon = word.EndsWith(':') || word.EndsWith('?') || word.EndsWith('!');
        }

        return text.ToString();
    }

    private static string Capitalise(string part, bool edge)
    {
        var start = 0;
        while (start < part.Length && !char.IsLetterOrDigit(part[start])) start++;
        if (start == part.Length || part.Any(char.IsUpper)) return part;
        var bare = part[start..].TrimEnd(',', ';', ':', '.', '!', '?', '”', '’', ')', '"', '\'');
        if (!edge && StopWords.Contains(bare)) return part;
        return part[..start] + char.ToUpperInvariant(part[start]) + part[(start + 1)..];
    }
}

/// <summary>Quotation marks inside a quoted title turn to single ones, as Chicago (and citeproc-js) write them.</summary>
internal static class Quotes
{
    public static string Nest(string title) => title.Replace('“', '‘').Replace('”', '’').Replace('"', '’');
}
