using System.Collections.Immutable;
using ZoneReport.Model;

namespace ZoneReport.Tests.Content;

/// <summary>Edition.Key is stored rather than computed on each call; it must still follow the edition.</summary>
public sealed class EditionKeyTests
{
    private static readonly LocalizedText Text = new(ImmutableSortedDictionary<string, string>.Empty.Add("en", "text"));
    private static readonly Zone ZoneA = new("zone-a", Text, null, 1, "content/zone-a/zone.yml");
    private static readonly Zone ZoneB = new("zone-b", Text, null, 2, "content/zone-b/zone.yml");

    private static Edition Make(Zone zone, string slug) =>
        new(zone, slug, 2022, Text, null, EditionSource.UnknownIn([new Language("en", "en", "en", "English")]), ImmutableArray<LocalizedCredit>.Empty, $"content/{zone.Slug}/{slug}/edition.yml");

    [Fact]
    public void Key_is_zone_slash_edition()
    {
        Assert.Equal("zone-a/2022", Make(ZoneA, "2022").Key);
    }

    [Fact]
    public void Key_follows_a_with_expression_that_changes_the_zone_or_the_slug()
    {
        var edition = Make(ZoneA, "2022");
        Assert.Equal("zone-a/2023", (edition with { Slug = "2023" }).Key);
        Assert.Equal("zone-b/2022", (edition with { Zone = ZoneB }).Key);
        Assert.Equal("zone-b/2024", (edition with { Zone = ZoneB, Slug = "2024" }).Key);
        Assert.Equal("zone-a/2022", (edition with { Year = 2030 }).Key);
    }

    [Fact]
    public void Editions_made_alike_are_equal_with_equal_hash_codes()
    {
        var (first, second) = (Make(ZoneA, "2022"), Make(ZoneA, "2022"));
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.Equal(first, first with { Slug = "2021" } with { Slug = "2022" });
        Assert.NotEqual(first, Make(ZoneB, "2022"));
    }
}
