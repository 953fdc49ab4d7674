using System.Collections.Immutable;
using ZoneReport.Content;
using ZoneReport.Diagnostics;
using ZoneReport.Model;
using ZoneReport.Yaml;

namespace ZoneReport.Data;

/// <summary>Reads a plan file and checks that its pillars add up to its name.</summary>
public sealed class PlanReader(LocalizedReader texts)
{
    public Plan Read(YamlMap file, string slug)
    {
        var code = file.RequiredString("code", "\"11346\"");
        var shape = PlanCode.Parse(code)
                    ?? throw file.Error(file.Find("code")!, $"plan code '{code}' does not start with a count",
                        "start the code with digits (\"11346\", \"2+4\", \"1111工程\") or a Chinese count (七个突出, 十个聚力)");
        var title = texts.Required(file, "title");
        var summary = texts.Optional(file, "summary");
        var pillarEntries = file.MapList("pillars");
        var pillars = pillarEntries.Select((entry, index) => ReadPillar(entry, index, code, shape)).ToImmutableArray();
        // A code in digits is normally printed ("11346"); a count in words (七个突出) has no digits to print.
        var codePrinted = file.OptionalBool("code_printed", shape.PillarCounts is not null);
        var notes = NoteReader.ReadLocalized(file, texts);
        file.RejectUnknownKeys();

        if (shape.PillarCounts is { } counts)
        {
            if (counts.Count != pillars.Length)
            {
                throw new BuildException(file.LocationOfValue("pillars"),
                    $"plan '{code}' should have {counts.Count} pillars, one for each digit of its code, but lists {pillars.Length}",
                    $"give the pillars in the order of the digits {string.Join(", ", counts)}");
            }

            for (var i = 0; i < counts.Count; i++)
            {
                if (pillars[i].Count != counts[i])
                {
                    throw new BuildException(pillarEntries[i].LocationOfValue("count"),
                        $"plan '{code}', pillar {i + 1} ('{pillars[i].Title[texts.Languages[0]]}'): the code expects {counts[i]} items, the pillar counts {pillars[i].Count}",
                        $"digit {i + 1} of '{code}' is {counts[i]}: correct the count or the order of the pillars");
                }
            }
        }
        else if (shape.PillarTotal is { } total && total != pillars.Length)
        {
            throw new BuildException(file.LocationOfValue("pillars"),
                $"plan '{code}' should have {total} pillars, as its name says, but lists {pillars.Length}",
                "add or remove pillars, or correct the code");
        }

        return new Plan(slug, code, title, summary, pillars, file.Location) { CodePrinted = codePrinted, Notes = notes };
    }

    private Pillar ReadPillar(YamlMap entry, int index, string code, PlanCode shape)
    {
        var title = texts.Required(entry, "title");
        var summary = texts.Optional(entry, "summary");
        var items = entry.NodeList("items").Select(node => texts.Read(entry, node, "items")).ToImmutableArray();
        var count = entry.OptionalInt("count");
        entry.RejectUnknownKeys();
        if (count is null && shape.PillarCounts is not null)
        {
            throw entry.Error($"plan '{code}', pillar {index + 1} has no count", "add 'count: N' with the pillar's number of items");
        }

        if (count is { } expected && expected != items.Length)
        {
            throw entry.Error(entry.Find("count")!,
                $"plan '{code}', pillar {index + 1} ('{title[texts.Languages[0]]}'): count is {expected} but {items.Length} items are listed",
                $"list exactly {expected} items under 'items:', or correct the count");
        }

        return new Pillar(count ?? items.Length, title, summary, items);
    }
}
