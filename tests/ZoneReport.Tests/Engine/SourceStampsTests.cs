using ZoneReport.Engine;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Engine;

/// <summary>
/// Source files are hashed again only when their stamp (size, modification and change times,
/// inode) changed: these tests show that an unchanged file is taken from the record, and that every
/// way a file can change under an equal-looking modification time is still seen.
/// </summary>
public sealed class SourceStampsTests : IDisposable
{
    private readonly TestSite _site = new();
    private string Stamps => Path.Combine(_site.Folder, ".cache", "engine", "sources.tsv");
    private string Article => $"{_site.EditionFolder}/news.en.md";

    [Fact]
    public void Stamps_are_read_on_linux() => Assert.True(SourceStamps.Supported || !OperatingSystem.IsLinux());

    [Fact]
    public void An_unchanged_file_is_not_read_again_and_a_changed_one_is()
    {
        var first = SourceHashes.Read(_site.Folder, Stamps, TimeSpan.Zero);
        // Put a hash in the record that no file has: it is only ever returned if the file is not read.
        var real = first.Of(Article);
        File.WriteAllText(Stamps, File.ReadAllText(Stamps).Replace(real, new string('a', 64)));
        Assert.Equal(new string('a', 64), SourceHashes.Read(_site.Folder, Stamps, TimeSpan.Zero).Of(Article));

        _site.Replace(Article, "GDP grew 7%", "GDP grew 8%");
        var changed = SourceHashes.Read(_site.Folder, Stamps, TimeSpan.Zero).Of(Article);
        Assert.Equal(SourceHashes.Hash(Path.Combine(_site.Folder, Article)), changed);
        Assert.NotEqual(real, changed);
    }

    [Fact]
    public void A_same_size_change_with_the_modification_time_set_back_is_seen()
    {
        var path = Path.Combine(_site.Folder, Article);
        var time = DateTime.UtcNow.AddHours(-1);
        File.SetLastWriteTimeUtc(path, time);
        var before = SourceHashes.Read(_site.Folder, Stamps, TimeSpan.Zero).Of(Article);

        // Same length, same inode, modification time restored (as cp -p or touch -d would): only the change time differs.
        _site.Replace(Article, "GDP grew 7%", "GDP grew 8%");
        File.SetLastWriteTimeUtc(path, time);
        var after = SourceHashes.Read(_site.Folder, Stamps, TimeSpan.Zero).Of(Article);
        Assert.NotEqual(before, after);
        Assert.Equal(SourceHashes.Hash(path), after);
    }

    [Fact]
    public void A_file_written_just_before_it_was_read_is_read_again_next_time()
    {
        _site.Replace(Article, "GDP grew 7%", "GDP grew 8%");
        SourceHashes.Read(_site.Folder, Stamps, TimeSpan.FromMinutes(1));
        // Written within the settle time of the read: a second write in the same clock tick could
        // keep its stamp, so the record does not vouch for it (nor for any file of this new copy).
        Assert.False(File.Exists(Stamps) && File.ReadAllText(Stamps).Contains(Article + "\t"));

        // Once its times are older than the settle time, it is vouched for.
        SourceHashes.Read(_site.Folder, Stamps, TimeSpan.Zero);
        Assert.Contains(Article + "\t", File.ReadAllText(Stamps));
    }

    [Theory]
    [InlineData("garbage\n")]
    [InlineData("zonereport-source-stamps 1\ncontent/x.md\t1\t2\n")]
    [InlineData("")]
    public void A_damaged_record_means_every_file_is_read(string damage)
    {
        var first = SourceHashes.Read(_site.Folder, Stamps, TimeSpan.Zero);
        File.WriteAllText(Stamps, damage);
        var again = SourceHashes.Read(_site.Folder, Stamps, TimeSpan.Zero);
        Assert.Equal(SourceHashes.Read(_site.Folder).All, again.All);
        Assert.Equal(first.All, again.All);
    }

    [Fact]
    public void Builds_with_the_record_follow_quick_same_size_edits()
    {
        _site.Build();
        for (var digit = 1; digit <= 4; digit++)
        {
            // Each edit keeps the file's size and comes within the same second as the last build.
            _site.Replace(Article, $"GDP grew {(digit == 1 ? 7 : digit - 1)}%", $"GDP grew {digit}%");
            _site.Build();
            Assert.Contains($"GDP grew {digit}%", _site.Page("en/sample-zone/2022/news/index.html"));
        }
    }

    public void Dispose() => _site.Dispose();
}
