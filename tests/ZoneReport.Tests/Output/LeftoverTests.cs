using ZoneReport.Output;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Output;

/// <summary>
/// A build killed between staging and swap leaves hidden folders beside the site; the next build
/// removes those it can prove are ZoneReport's, and nothing else.
/// </summary>
public sealed class LeftoverTests : IDisposable
{
    private readonly TestSite _site = new();

    [Fact]
    public void Marked_and_empty_leftovers_are_removed_and_foreign_ones_kept()
    {
        var marked = Leftover("._site.staging-0123456789abcdef", marker: true, "zh/index.html");
        var old = Leftover("._site.old-0123456789abcdef", marker: true, "en/index.html");
        var empty = Leftover("._site.staging-fedcba9876543210", marker: false);
        var foreign = Leftover("._site.staging-notours", marker: false, "thesis.docx");
        var otherSite = Leftover("._public.staging-0123456789abcdef", marker: true, "index.html");

        _site.Build();

        Assert.False(Directory.Exists(marked));
        Assert.False(Directory.Exists(old));
        Assert.False(Directory.Exists(empty));
        Assert.True(File.Exists(Path.Combine(foreign, "thesis.docx")));
        Assert.True(Directory.Exists(otherSite), "only the leftovers of this output folder are its business");
    }

    [Fact]
    public void A_leftover_that_is_a_link_loses_only_the_link()
    {
        var target = Path.Combine(_site.Folder, "kept");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "photo.jpg"), "photo");
        var link = Path.Combine(_site.Folder, "._site.old-0123456789abcdef");
        Directory.CreateSymbolicLink(link, target);

        _site.Build();

        Assert.False(Directory.Exists(link));
        Assert.Equal("photo", File.ReadAllText(Path.Combine(target, "photo.jpg")));
    }

    private string Leftover(string name, bool marker, params string[] files)
    {
        var folder = Path.Combine(_site.Folder, name);
        Directory.CreateDirectory(folder);
        if (marker) File.WriteAllText(Path.Combine(folder, SiteMarker.FileName), SiteMarker.Text);
        foreach (var file in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, file))!);
            File.WriteAllText(Path.Combine(folder, file), "left over");
        }

        return folder;
    }

    public void Dispose() => _site.Dispose();
}
