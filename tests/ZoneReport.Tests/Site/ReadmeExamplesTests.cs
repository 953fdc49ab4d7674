using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;
using ZoneReport.Diagnostics;
using ZoneReport.Tests.Support;
using ZoneReport.Yaml;

namespace ZoneReport.Tests.Site;

/// <summary>
/// The README's own examples must work as written: every ```yaml block parses, and the examples of
/// site files (zone.yml, edition.yml, an article, figures.yml, photos.yml, a plan, settings of
/// site.yml, placements) together build a site. A new example of a known file kind is built too;
/// an example of another kind must at least be valid YAML.
/// </summary>
public sealed partial class ReadmeExamplesTests
{
    private sealed record Example(string Language, int Line, string Text);

    private static List<Example> Examples()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "README.md"));
        var examples = new List<Example>();
        for (var i = 0; i < lines.Length; i++)
        {
            var open = Fence().Match(lines[i]);
            if (!open.Success || open.Groups["language"].Value is not ("yaml" or "markdown")) continue;
            var end = Array.FindIndex(lines, i + 1, l => l.TrimEnd() == "```");
            Assert.True(end > i, $"README.md:{i + 1}: the code block is never closed");
            examples.Add(new Example(open.Groups["language"].Value, i + 1, string.Join("\n", lines[(i + 1)..end]) + "\n"));
            i = end;
        }

        return examples;
    }

    [Fact]
    public void The_readme_has_examples_of_every_file_an_editor_writes()
    {
        var kinds = Examples().Where(e => e.Language == "yaml").Select(e => KindOf(Parse(e))).ToHashSet();
        Assert.Superset(new HashSet<string> { "zone", "edition", "figures", "photos", "plan", "site" }, kinds);
        Assert.Contains(Examples(), e => e.Language == "markdown" && e.Text.StartsWith("---\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_yaml_example_parses()
    {
        foreach (var example in Examples().Where(e => e.Language == "yaml")) Parse(example);
    }

    [Fact]
    public void The_examples_build_a_site_together()
    {
        var examples = Examples();
        var yaml = examples.Where(e => e.Language == "yaml").Select(e => (Example: e, Kind: KindOf(Parse(e)))).ToList();
        var articles = examples.Where(e => e.Language == "markdown" && e.Text.StartsWith("---\n", StringComparison.Ordinal)).ToList();
        var snippets = examples.Where(e => e.Language == "markdown" && !e.Text.StartsWith("---\n", StringComparison.Ordinal)).ToList();
        var edition = yaml.Last(y => y.Kind == "edition").Example;
        var year = Regex.Match(edition.Text, @"^year: (\d{4})", RegexOptions.Multiline).Groups[1].Value;
        var folder = $"content/readme-zone/{year}";
        var plan = snippets.Select(s => PlanPlacement().Match(s.Text)).FirstOrDefault(m => m.Success)?.Groups["id"].Value ?? "example-plan";

        // Each example of zone.yml is tried in turn; the other files are the same each time.
        foreach (var zone in yaml.Where(y => y.Kind == "zone"))
        {
            using var site = new TestSite();
            Directory.Delete(Path.Combine(site.Folder, "content"), recursive: true);
            var settings = site.Read("site.yml") + "missing_translation: warn\n";
            foreach (var (example, _) in yaml.Where(y => y.Kind == "site")) settings += example.Text;
            site.Write("site.yml", settings);
            site.Write("content/readme-zone/zone.yml", zone.Example.Text);
            site.Write($"{folder}/edition.yml", edition.Text);
            foreach (var (example, kind) in yaml.Where(y => y.Kind is "figures" or "photos"))
            {
                site.Write($"{folder}/readme-{example.Line}.{kind}.yml", example.Text);
                foreach (Match file in PhotoFile().Matches(example.Text))
                {
                    var image = Path.Combine(site.Folder, folder, file.Groups["file"].Value);
                    Directory.CreateDirectory(Path.GetDirectoryName(image)!);
                    File.WriteAllBytes(image, TestImages.Make(800, 600, SkiaSharp.SKEncodedImageFormat.Jpeg));
                }
            }

            foreach (var (example, _) in yaml.Where(y => y.Kind == "plan")) site.Write($"{folder}/plans/{plan}.yml", example.Text);
            foreach (var article in articles)
            {
                var slug = Regex.Match(article.Text, @"^slug: ([a-z0-9-]+)", RegexOptions.Multiline) is { Success: true } s ? s.Groups[1].Value : $"readme-{article.Line}";
                var language = HanCharacter().IsMatch(article.Text.Split("\n---\n")[0]) ? "zh" : "en";
                var body = article == articles[0] ? string.Concat(snippets.Select(s => "\n" + s.Text)) : "";
                site.Write($"{folder}/{slug}.{language}.md", article.Text + body);
            }

            try
            {
                site.Build();
            }
            catch (BuildException e)
            {
                Assert.Fail($"the README's examples (zone.yml from README.md:{zone.Example.Line}) do not build:\n{e.Message}");
            }

            Assert.True(File.Exists(Path.Combine(site.Output, $"zh/readme-zone/{year}/plans/{plan}/index.html")));
        }
    }

    /// <summary>Which file an example is, by its keys: the README shows each file by its own keys.</summary>
    private static string KindOf(YamlMap map)
    {
        var keys = map.Keys.ToHashSet(StringComparer.Ordinal);
        if (keys.Contains("figures")) return "figures";
        if (keys.Contains("photos")) return "photos";
        if (keys.Contains("pillars")) return "plan";
        if (keys.Contains("year")) return "edition";
        if (keys.Overlaps(["images", "languages", "base_url", "missing_translation", "output"])) return "site";
        if (keys.Contains("name")) return "zone";
        return "other";
    }

    private static YamlMap Parse(Example example)
    {
        try
        {
            return YamlSource.ParseMapping(example.Text, "README.md", example.Line);
        }
        catch (BuildException e)
        {
            Assert.Fail($"the YAML example at README.md:{example.Line} does not parse:\n{e.Message}");
            throw;
        }
    }

    [GeneratedRegex(@"^```(?<language>[a-z]*)\s*$")]
    private static partial Regex Fence();

    [GeneratedRegex(@"\[\[plan:\s*(?<id>[a-z0-9-]+)\s*\]\]")]
    private static partial Regex PlanPlacement();

    [GeneratedRegex(@"^\s*file:\s*(?<file>\S+)", RegexOptions.Multiline)]
    private static partial Regex PhotoFile();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex HanCharacter();
}
