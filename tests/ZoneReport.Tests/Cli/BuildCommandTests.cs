using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Cli;

public sealed class BuildCommandTests : IDisposable
{
    private readonly TestSite _site = new();

    [Fact]
    public void Build_prints_a_one_line_summary_and_exits_zero()
    {
        var (code, output, errors) = Run("build", "--source", _site.Folder);
        Assert.Equal(0, code);
        Assert.Matches(@"^Built \d+ files into .+: 7 en pages, 7 zh pages \(all written\) in \d+\.\d\d s\n$", output);
        Assert.Empty(errors);
    }

    [Fact]
    public void A_bad_input_prints_file_line_column_and_hint_and_exits_non_zero()
    {
        _site.Replace($"{_site.EditionFolder}/figures.yml", "    unit: 个\n", "    unit: 座\n");
        var (code, _, errors) = Run("build", "--source", _site.Folder);
        Assert.Equal(1, code);
        Assert.Contains($"{_site.EditionFolder}/figures.yml:11:11: error: unknown unit '座' in figure 'projects'\n  hint: use one of:", errors);
        Assert.Contains("the previous site was left as it was", errors);
    }

    [Fact]
    public void Output_and_drafts_options_are_honoured()
    {
        var output = Path.Combine(_site.Folder, "elsewhere");
        var (code, _, _) = Run("build", "--source", _site.Folder, "--output", output, "--drafts");
        Assert.Equal(0, code);
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void Future_builds_an_embargoed_article_which_the_clock_otherwise_keeps_out()
    {
        _site.Replace($"{_site.EditionFolder}/news.zh.md", "order: 2", "order: 2\npublish_at: 2024-06-01 12:01");
        _site.Replace($"{_site.EditionFolder}/plan.zh.md", "详见[年终综述](news.zh.md)。", "");
        _site.Replace($"{_site.EditionFolder}/plan.en.md", "See the [year-end review](news.en.md).", "");
        var page = Path.Combine(_site.Output, "en/sample-zone/2022/news/index.html");

        Assert.Equal(0, CliRun.RunAt(CliRun.Now, "build", "--source", _site.Folder).Code);
        Assert.False(File.Exists(page));
        Assert.Equal(0, CliRun.RunAt(CliRun.Now, "build", "--source", _site.Folder, "--future").Code);
        Assert.True(File.Exists(page));
        Assert.Equal(0, CliRun.RunAt(CliRun.Now.AddMinutes(1), "build", "--source", _site.Folder).Code);
        Assert.DoesNotContain("noindex", File.ReadAllText(page));
    }

    [Fact]
    public void No_cache_builds_without_keeping_resized_photos()
    {
        var image = Path.Combine(_site.Folder, _site.EditionFolder, "images", "sinopharm.png");
        Directory.CreateDirectory(Path.GetDirectoryName(image)!);
        File.WriteAllBytes(image, TestImages.Make(400, 300, SkiaSharp.SKEncodedImageFormat.Png));
        _site.Replace($"{_site.EditionFolder}/photos.yml", "    article: plan", "    article: plan\n    file: images/sinopharm.png");
        var cache = Path.Combine(_site.Folder, ".cache");

        Assert.Equal(0, Run("build", "--source", _site.Folder, "--no-cache").Code);
        Assert.False(Directory.Exists(cache));
        Assert.Equal(0, Run("build", "--source", _site.Folder).Code);
        Assert.True(Directory.Exists(cache));
    }

    [Fact]
    public void An_output_folder_that_is_a_file_gets_one_message_and_exit_one_without_a_trace()
    {
        _site.Write("taken.txt", "not a folder");
        var (code, _, errors) = Run("build", "--source", _site.Folder, "--output", Path.Combine(_site.Folder, "taken.txt"));
        Assert.Equal(1, code);
        Assert.Contains("taken.txt", errors);
        Assert.DoesNotContain("   at ", errors);
        Assert.Equal("not a folder", _site.Read("taken.txt"));
    }

    private static (int Code, string Output, string Errors) Run(params string[] args) => CliRun.Run(args);

    public void Dispose() => _site.Dispose();
}
