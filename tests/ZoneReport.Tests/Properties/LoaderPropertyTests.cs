using System.Collections.Immutable;
using CsCheck;
using ZoneReport.Configuration;
using ZoneReport.Content;
using ZoneReport.Data;
using ZoneReport.Diagnostics;
using ZoneReport.Input;
using ZoneReport.Markdown;
using ZoneReport.Model;
using ZoneReport.Tests.Support;
using ZoneReport.Yaml;

namespace ZoneReport.Tests.Properties;

/// <summary>
/// Random front matter, YAML and Markdown fed to the loaders and checks: whatever an editor types,
/// the only outcomes are success or a <see cref="BuildException"/> (a located error), never
/// another exception that would reach the user as a crash.
/// </summary>
public sealed class LoaderPropertyTests
{
    private const long Iterations = 1_000;

    private static readonly Language Chinese = new("zh", "zh-Hans", "zh", "中文");
    private static readonly Language English = new("en", "en", "en", "English");
    private static readonly LocalizedReader Texts = new([Chinese, English]);

    /// <summary>Pieces that YAML, Markdown and our readers treat specially, plus ordinary text.</summary>
    private static readonly Gen<string> Token = Gen.Frequency(
        (6, Gen.OneOf("title", "slug", "date", "order", "draft", "credits", "role", "names", "summary", "id", "label", "value",
            "unit", "change", "period", "kind", "article", "file", "caption", "code", "pillars", "count", "items", "zh", "en",
            "year", "name", "figures", "photos", "images", "widths", "languages", "prefix", "notes", "text", "provenance")),
        (6, Gen.OneOf(": ", ":", "- ", "-", " ", "  ", "\n", "\n  ", "\n    ", "\n- ", "{", "}", "[", "]", ",", "'", "\"", "#", "&a ", "*a",
            "!!str ", "!!binary ", "? ", "|", ">", "%", "@", "`", "\t", "~", "null", "true", "yes", "---", "...", "\r\n", "\\")),
        (4, Gen.OneOf("2022", "2022-10-17", "2022-13-45", "-1", "0", "349.8", "1e400", "99999999999999999999", "7%", "12.7倍",
            "2022-H1", "2022-Q5", "2022-01..2022-08", "亿元", "座", "11346", "七个突出", "2+4", "images/a.jpg", "../../etc/passwd", "a/b")),
        (4, Gen.OneOf("前瞻未来", "开发区：", "“11346”", "A zone in Zhoukou, Henan.", "Ünïcödé", "\u0000", "\uFEFF", "\u200B", "😀", "\uD800")),
        (1, Gen.String[0, 6]));

    private static readonly Gen<string> Yaml = Token.Array[0, 40].Select(string.Concat);

    private static readonly Gen<string> FrontMatterText = Gen.Select(Yaml, Token.Array[0, 20].Select(string.Concat), Gen.Int[0, 3],
        (yaml, body, shape) => shape switch
        {
            0 => $"---\n{yaml}\n---\n{body}",
            1 => $"---\n{yaml}",
            2 => yaml + body,
            _ => $"\uFEFF---\r\n{yaml}\r\n---\r\n{body}",
        });

    private static void OnlySuccessOrBuildError(Action action)
    {
        try
        {
            action();
        }
        catch (BuildException e)
        {
            Assert.NotEmpty(e.Errors);
            Assert.All(e.Errors, error => Assert.True(error.Location.Line >= 1 && error.Location.Column >= 1, error.Format()));
        }
    }

    [Fact]
    public void Random_front_matter_reads_or_fails_with_a_located_error()
    {
        FrontMatterText.Sample(text => OnlySuccessOrBuildError(() =>
        {
            ArticleTextReader.Read(text, "content/z/2022/a.zh.md", "a", Chinese);
            ArticleTextReader.Read(text, "content/z/2022/测试.en.md", "测试", English);
        }), iter: Iterations);
    }

    [Fact]
    public void Random_yaml_data_files_read_or_fail_with_located_errors()
    {
        var folder = Path.Combine(Path.GetTempPath(), "zonereport-properties");
        Directory.CreateDirectory(folder);
        Yaml.Sample(text =>
        {
            OnlySuccessOrBuildError(() =>
            {
                var errors = new ErrorCollector();
                var map = YamlSource.ParseMapping(text, "content/z/2022/figures.yml");
                _ = new FigureReader(Texts).Read(map, errors);
                errors.ThrowIfAny();
            });
            OnlySuccessOrBuildError(() =>
            {
                var errors = new ErrorCollector();
                _ = new PhotoReader(Texts).Read(YamlSource.ParseMapping(text, "content/z/2022/photos.yml"), folder, errors);
                errors.ThrowIfAny();
            });
            OnlySuccessOrBuildError(() => new PlanReader(Texts).Read(YamlSource.ParseMapping(text, "content/z/2022/plans/p.yml"), "p"));
            OnlySuccessOrBuildError(() => Texts.Optional(YamlSource.ParseMapping(text, "content/z/zone.yml"), "name"));
            OnlySuccessOrBuildError(() => SiteConfigLoader.Parse(text, "site.yml"));
        }, iter: Iterations);
    }

    [Fact]
    public void Random_bytes_decode_as_utf8_or_fail_with_a_located_error()
    {
        Gen.Byte.Array[0, 64].Sample(bytes => OnlySuccessOrBuildError(() => SourceText.Decode(bytes, "f.md")), iter: Iterations);
    }

    [Fact]
    public void Random_markdown_bodies_are_checked_without_crashing()
    {
        var content = SiteContentReader.Read(RepoPaths.FixtureSite);
        var article = content.Articles.First(a => a.Key == "plan");
        var original = article.In(content.Config.Languages[1])!;
        var bodies = new ArticleBodies(new MarkdownRenderer());
        var markdown = Gen.OneOf("[[photo: sinopharm]]", "[[figure: gdp]]", "[[plan: 11346]]", "[[plan: x]]", "[[", "]]", "[x](news.en.md#a)",
                "[x](#leading-industries)", "[x](news.zh.md)", "[x](../../a.md)", "[x](javascript:alert(1))", "![i](a.png)", "{#id}", "{onclick=x}",
                "# Heading", "## Leading industries", "\n", "\n\n", "    ", "```", "`", "|a|b|\n|-|-|", "[^1]", "[^1]: note", "- ", "> ", "*", "_",
                "text", "开发区", "%20", "#")
            .Array[0, 30].Select(string.Concat);
        markdown.Sample(body =>
        {
            var text = original with { Body = body };
            var changed = article with { Texts = article.Texts.SetItem(text.Language.Id, text) };
            var site = content with { Articles = content.Articles.Replace(article, changed) };
            var errors = new ErrorCollector();
            var checkedBodies = bodies.ParseAndCheck(site, errors);
            Assert.Equal(site.Articles.Sum(a => a.Texts.Count), checkedBodies.Count);
        }, iter: Iterations / 4);
    }
}
