using System.Collections.Immutable;

namespace ZoneReport.Formats.Citations;

/// <summary>Lists of author names in the forms the styles ask for.</summary>
internal static class Names
{
    /// <summary>"Chen" → "C."; "Hua-zheng" → "H.-Z."; "Fu Guang" → "F. G.".</summary>
    public static string Initials(string given) =>
        string.Join(' ', given.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => string.Join('-', word.Split('-').Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + "."))));

    /// <summary>
    /// Joins names as "A, B, and C" with the style's <paramref name="and"/> before the last. Two names take a
    /// comma before it only after a romanised first name ("Wang, C., &amp; Guo, X." but "王晨 &amp; 郭雪松"), as citeproc-js writes them.
    /// </summary>
    public static string Join(ImmutableArray<Person> people, Func<Person, int, string> form, string and)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < people.Length; i++)
        {
            if (i > 0)
            {
                var last = i == people.Length - 1;
                var comma = !last || people.Length > 2 || people[0].Whole is null;
                text.Append(comma ? "," : "").Append(' ');
                if (last) text.Append(and).Append(' ');
            }

            text.Append(form(people[i], i));
        }

        return text.ToString();
    }
}
