using ZoneReport.Diagnostics;
using ZoneReport.Output;
using ZoneReport.Site;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Output;

/// <summary>
/// The output folder is ZoneReport's alone: a folder that holds anything else is refused before a
/// single file is touched (issue #9: `--output .` once deleted the whole project).
/// </summary>
public sealed class OutputLocationTests : IDisposable
{
    private readonly TestSite _site = new();

    [Theory]
    [InlineData(".", "the site folder itself")]
    [InlineData("./", "the site folder itself")]
    [InlineData("..", "holds the site folder")]
    [InlineData("../..", "holds the site folder")]
    [InlineData("content", "inside the site's content/ folder")]
    [InlineData("content/sample-zone", "inside the site's content/ folder")]
    [InlineData("templates", "inside the site's templates/ folder")]
    [InlineData("templates/out", "inside the site's templates/ folder")]
    [InlineData(".cache", "inside the site's .cache/ folder")]
    [InlineData("/", "the root of a file system")]
    public void An_output_folder_holding_the_site_or_its_sources_is_refused_and_nothing_is_touched(string output, string why)
    {
        // The site sits one level down so that '..' is a folder of this test's own, beside someone's file.
        var site = Path.Combine(_site.Folder, "site");
        var parent = _site.Folder;
        Directory.CreateDirectory(site);
        File.Move(Path.Combine(parent, "site.yml"), Path.Combine(site, "site.yml"));
        foreach (var folder in new[] { "content", "templates" }) Directory.Move(Path.Combine(parent, folder), Path.Combine(site, folder));
        File.WriteAllText(Path.Combine(parent, "beside.txt"), "someone's file");
        var before = TreeSnapshot.Of(parent);

        var error = Assert.Throws<BuildException>(() => SiteBuilder.Build(new BuildOptions(site, output))).Errors.Single();

        Assert.Contains($"refusing to use '{output}' (set with --output) as the output folder", error.Message);
        Assert.Contains(why, error.Message);
        Assert.Contains("choose a new folder of its own", error.Hint);
        Assert.Equal(before, TreeSnapshot.Of(parent));
    }

    [Fact]
    public void The_home_folder_is_refused()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var error = Assert.Throws<BuildException>(() => OutputLocation.Check(_site.Folder, home, "--output")).Errors.Single();
        Assert.Contains("it is the home folder", error.Message);
    }

    [Fact]
    public void Output_dot_in_site_yml_is_refused_like_the_option()
    {
        _site.Replace("site.yml", "output: _site", "output: .");
        var before = TreeSnapshot.Of(_site.Folder);
        var error = _site.BuildFails();
        Assert.Contains("refusing to use '.' (set with 'output:' in site.yml) as the output folder: it is the site folder itself", error.Message);
        Assert.Equal(before, TreeSnapshot.Of(_site.Folder));
    }

    [Fact]
    public void A_folder_holding_someone_elses_files_is_never_emptied()
    {
        var chosen = Path.Combine(_site.Folder, "public");
        Directory.CreateDirectory(Path.Combine(chosen, "old"));
        File.WriteAllText(Path.Combine(chosen, "notes.txt"), "my notes");
        File.WriteAllText(Path.Combine(chosen, "old", "draft.html"), "<p>draft</p>");
        var before = TreeSnapshot.Of(chosen);

        var error = Assert.Throws<BuildException>(() => SiteBuilder.Build(new BuildOptions(_site.Folder, "public"))).Errors.Single();

        Assert.Equal(chosen, error.Location.File);
        Assert.Contains("it holds files that ZoneReport did not make (it has no .zonereport-site marker)", error.Message);
        Assert.Equal(before, TreeSnapshot.Of(chosen));
        Assert.DoesNotContain(TreeSnapshot.Names(_site.Folder), name => name.StartsWith(".public.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_to_the_site_folder_is_refused()
    {
        var link = Path.Combine(Path.GetDirectoryName(_site.Folder)!, $"link-{Guid.NewGuid():N}");
        Directory.CreateSymbolicLink(link, _site.Folder);
        try
        {
            var error = Assert.Throws<BuildException>(() => OutputLocation.Check(_site.Folder, link, "--output")).Errors.Single();
            Assert.Contains("the site folder itself", error.Message);
        }
        finally
        {
            Directory.Delete(link);
        }
    }

    [Fact]
    public void An_empty_folder_and_a_folder_an_earlier_build_made_are_used()
    {
        var chosen = Path.Combine(_site.Folder, "public");
        Directory.CreateDirectory(chosen);
        SiteBuilder.Build(new BuildOptions(_site.Folder, "public"));
        Assert.True(File.Exists(Path.Combine(chosen, SiteMarker.FileName)));

        var first = TreeSnapshot.Of(chosen);
        SiteBuilder.Build(new BuildOptions(_site.Folder, "public"));
        Assert.Equal(first, TreeSnapshot.Of(chosen));
        Assert.Equal(SiteMarker.Text, File.ReadAllText(Path.Combine(chosen, SiteMarker.FileName)));
    }

    [Fact]
    public void A_file_in_the_way_of_the_output_folder_is_refused()
    {
        File.WriteAllText(Path.Combine(_site.Folder, "out"), "a file");
        var error = Assert.Throws<BuildException>(() => SiteBuilder.Build(new BuildOptions(_site.Folder, "out"))).Errors.Single();
        Assert.Contains("a file of that name exists", error.Message);
        Assert.Equal("a file", File.ReadAllText(Path.Combine(_site.Folder, "out")));
    }

    public void Dispose() => _site.Dispose();
}
