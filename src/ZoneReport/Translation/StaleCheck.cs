using System.Collections.Immutable;

namespace ZoneReport.Translation;

public enum ChangeKind
{
    Changed,
    Added,
    Removed,
}

/// <summary>A block of the original that differs from the recorded state.</summary>
/// <param name="Line">The block's line now (changed, added) or when the translation was recorded (removed).</param>
public sealed record BlockChange(ChangeKind Kind, BlockKind Block, int Line, string Excerpt)
{
    public string Describe() => Kind switch
    {
        ChangeKind.Changed => $"{Name} at line {Line} changed (“{Excerpt}”)",
        ChangeKind.Added => $"{Name} at line {Line} added (“{Excerpt}”)",
        _ => $"{Name} removed (was at line {Line}: “{Excerpt}”)",
    };

    private string Name => Block switch
    {
        BlockKind.ListItem => "list item",
        BlockKind.TableRow => "table row",
        _ => Block.ToString().ToLowerInvariant(),
    };
}

/// <summary>
/// Compares the original's blocks now with those recorded for a translation: a longest common
/// subsequence of fingerprints keeps the unchanged blocks in place, and each run of differences
/// between two kept blocks pairs removed with added blocks as changed ones, the rest being added
/// or removed.
/// </summary>
public static class StaleCheck
{
    public static ImmutableArray<BlockChange> Compare(IReadOnlyList<LockedBlock> locked, IReadOnlyList<TextBlock> current)
    {
        var n = locked.Count;
        var m = current.Count;
        var common = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                common[i, j] = locked[i].Fingerprint == current[j].Fingerprint
                    ? common[i + 1, j + 1] + 1
                    : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var changes = ImmutableArray.CreateBuilder<BlockChange>();
        var removed = new List<LockedBlock>();
        var added = new List<TextBlock>();
        int a = 0, b = 0;
        while (a < n || b < m)
        {
            if (a < n && b < m && locked[a].Fingerprint == current[b].Fingerprint)
            {
                Flush(removed, added, changes);
                a++;
                b++;
            }
            else if (b < m && (a == n || common[a, b + 1] >= common[a + 1, b]))
            {
                added.Add(current[b++]);
            }
            else
            {
                removed.Add(locked[a++]);
            }
        }

        Flush(removed, added, changes);
        return changes.ToImmutable();
    }

    private static void Flush(List<LockedBlock> removed, List<TextBlock> added, ImmutableArray<BlockChange>.Builder changes)
    {
        // Within one run of differences, a removed and an added block of the same kind are one edit.
        var unmatched = new List<LockedBlock>(removed);
        foreach (var block in added)
        {
            var old = unmatched.FirstOrDefault(r => r.Kind == block.Kind && block.Kind != BlockKind.Placement);
            if (old is not null)
            {
                unmatched.Remove(old);
                changes.Add(new BlockChange(ChangeKind.Changed, block.Kind, block.Line, block.Excerpt));
            }
            else
            {
                changes.Add(new BlockChange(ChangeKind.Added, block.Kind, block.Line, block.Excerpt));
            }
        }

        foreach (var old in unmatched) changes.Add(new BlockChange(ChangeKind.Removed, old.Kind, old.Line, old.Excerpt));
        removed.Clear();
        added.Clear();
    }
}
