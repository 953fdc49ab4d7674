using System.Collections.Immutable;
using ZoneReport.Content;
using ZoneReport.Diagnostics;
using ZoneReport.Model;
using ZoneReport.Yaml;

namespace ZoneReport.Data;

/// <summary>Reads a plan file and checks that its pillars add up to its name.</summary>
public sealed class PlanReader(LocalizedReader texts)
{
    /// <remarks>Read key by key and pillar by pillar: every independent error of the file is thrown together.</remarks>
    public Plan Read(YamlMap file, string slug)
    {
        var problems = new ErrorCollector();
        var code = problems.Try(() => file.RequiredString("code", "\"11346\""), null);
        var shape = code is null ? null : problems.Try(() => PlanCode.Parse(code)
                    ?? throw file.Error(file.Find("code")!, $"plan code '{code}' does not start with a count",
                        "start the code with digits (\"11346\", \"2+4\", \"1111工程\") or a Chinese count (七个突出, 十个聚力)"), null);
        var title = problems.Try(() => texts.Required(file, "title"), null) ?? LocalizedText.Same(slug, texts.Languages);
        var summary = problems.Try(() => texts.Optional(file, "summary"), null);
        var pillarEntries = problems.Try(() => file.MapList("pillars"), []);
        var pillarsRead = pillarEntries.Select((entry, index) => ReadPillar(entry, index, code ?? slug, shape, problems)).ToList();
        // A code in digits is normally printed ("11346"); a count in words (七个突出) has no digits to print.
        var codePrinted = problems.Try(() => file.OptionalBool("code_printed", shape?.PillarCounts is not null), false);
        var notes = problems.Try(() => NoteReader.ReadLocalized(file, texts), []);
        problems.Try(file.RejectUnknownKeys);
        if (code is not null && shape is not null && pillarsRead.All(p => p is not null))
        {
            CheckShape(file, code, shape, pillarEntries, pillarsRead.Select(p => p!).ToList(), problems);
        }

        problems.ThrowIfAny();
        return new Plan(slug, code!, title, summary, pillarsRead.Select(p => p!).ToImmutableArray(), file.Location) { CodePrinted = codePrinted, Notes = notes };
    }

    /// <summary>The pillars against the code: one per digit, each with the digit's count (or as many as a count in words says).</summary>
    private void CheckShape(YamlMap file, string code, PlanCode shape, IReadOnlyList<YamlMap> pillarEntries, IReadOnlyList<Pillar> pillars, ErrorCollector problems)
    {
        if (shape.PillarCounts is { } counts)
        {
            if (counts.Count != pillars.Count)
            {
                problems.Add(file.LocationOfValue("pillars"),
                    $"plan '{code}' should have {counts.Count} pillars, one for each digit of its code, but lists {pillars.Count}",
                    $"give the pillars in the order of the digits {string.Join(", ", counts)}");
                return;
            }

            for (var i = 0; i < counts.Count; i++)
            {
                if (pillars[i].Count != counts[i])
                {
                    problems.Add(pillarEntries[i].LocationOfValue("count"),
                        $"plan '{code}', pillar {i + 1} ('{pillars[i].Title[texts.Languages[0]]}'): the code expects {counts[i]} items, the pillar counts {pillars[i].Count}",
                        $"digit {i + 1} of '{code}' is {counts[i]}: correct the count or the order of the pillars");
                }
            }
        }
        else if (shape.PillarTotal is { } total && total != pillars.Count)
        {
            problems.Add(file.LocationOfValue("pillars"),
                $"plan '{code}' should have {total} pillars, as its name says, but lists {pillars.Count}",
                "add or remove pillars, or correct the code");
        }
    }

    /// <summary>One pillar, or null when it has errors (reported into <paramref name="problems"/>).</summary>
    private Pillar? ReadPillar(YamlMap entry, int index, string code, PlanCode? shape, ErrorCollector problems)
    {
        var own = new ErrorCollector();
        var title = own.Try(() => texts.Required(entry, "title"), null);
        var summary = own.Try(() => texts.Optional(entry, "summary"), null);
        var items = own.Try(() => entry.NodeList("items"), [])
            .Select(node => own.Try(() => texts.Read(entry, node, "items"), null)).ToList();
        var count = own.Try(() => entry.OptionalInt("count"), null);
        own.Try(entry.RejectUnknownKeys);
        if (count is null && shape?.PillarCounts is not null && !entry.Has("count"))
        {
            own.Add(entry.Location, $"plan '{code}', pillar {index + 1} has no count", "add 'count: N' with the pillar's number of items");
        }

        if (count is { } expected && expected != items.Count)
        {
            own.Add(entry.LocationOfValue("count"),
                $"plan '{code}', pillar {index + 1}{(title is null ? "" : $" ('{title[texts.Languages[0]]}')")}: count is {expected} but {items.Count} items are listed",
                $"list exactly {expected} items under 'items:', or correct the count");
        }

        problems.AddRange(own.Errors);
        if (own.HasErrors) return null;
        return new Pillar(count ?? items.Count, title!, summary, items.Select(i => i!).ToImmutableArray());
    }
}
