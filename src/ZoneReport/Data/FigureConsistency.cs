using ZoneReport.Diagnostics;
using ZoneReport.Model;

namespace ZoneReport.Data;

/// <summary>
/// Two figures of one edition that measure the same thing over the same time must agree. "The same
/// thing over the same time" is the same label (in the site's first language), the same period and
/// the same as_of date; a later count that replaces an earlier one says so with <c>revises:</c>.
/// </summary>
public static class FigureConsistency
{
    public static void Check(IReadOnlyList<Figure> figures, Language first, ErrorCollector errors)
    {
        var ids = figures.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var figure in figures.Where(f => f.Revises is not null))
        {
            if (figure.Revises == figure.Id || !ids.Contains(figure.Revises!))
            {
                errors.Add(figure.Origin, $"figure '{figure.Id}' revises '{figure.Revises}', which is no other figure of this edition",
                    "give the id of the earlier figure that this one replaces, or remove 'revises:'");
            }
        }

        var groups = figures.GroupBy(f => (Label: f.Label[first], Period: f.Period?.Key, f.AsOf, f.Kind));
        foreach (var group in groups)
        {
            var list = group.ToList();
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    var (earlier, later) = (list[j], list[i]);
                    if (SameValue(earlier, later) || Revises(earlier, later) || Revises(later, earlier)) continue;
                    var when = group.Key.Period is { } period ? $"period {period}" : "no period";
                    if (group.Key.AsOf is { } asOf) when += $", as of {asOf:yyyy-MM-dd}";
                    errors.Add(later.Origin,
                        $"figures '{earlier.Id}' ({earlier.Origin}) and '{later.Id}' both give '{group.Key.Label}' for {when} but with different values",
                        $"if they count at different times, give each its 'as_of:' date or 'period:'; if one corrects the other, add 'revises: {earlier.Id}' to '{later.Id}'");
                    break;
                }
            }
        }
    }

    private static bool SameValue(Figure a, Figure b) =>
        a.Value == b.Value && a.Unit == b.Unit && a.Qualifier == b.Qualifier && a.Change == b.Change;

    private static bool Revises(Figure newer, Figure older) => newer.Revises == older.Id;
}
