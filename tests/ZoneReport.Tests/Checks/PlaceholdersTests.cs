using ZoneReport.Checks;

namespace ZoneReport.Tests.Checks;

/// <summary>The placeholders of `new`: found where text is, not in YAML comments nor inside other words.</summary>
public sealed class PlaceholdersTests
{
    [Fact]
    public void Finds_each_placeholder_at_its_line_and_column()
    {
        var found = Placeholders.Find("# TODO: not this comment\nname:\n  zh: \"TODO：名称\"\n  en: TODO: the name\n", "content/z/zone.yml").ToList();
        Assert.Equal(["content/z/zone.yml:3:8", "content/z/zone.yml:4:7"], found.Select(f => f.Location.ToString()));
        Assert.Equal("unfinished: the placeholder “TODO: the name” is still here and would be published", found[1].Message);
    }

    [Fact]
    public void A_heading_in_markdown_is_text_and_the_word_alone_is_not_a_placeholder()
    {
        Assert.Single(Placeholders.Find("---\ntitle: x\n---\n\n# TODO: heading\n", "a.en.md"));
        Assert.Empty(Placeholders.Find("The TODO list, MYTODO: and todo: are words.\n", "a.en.md"));
    }
}
