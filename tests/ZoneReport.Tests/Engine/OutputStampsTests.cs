using ZoneReport.Engine;

namespace ZoneReport.Tests.Engine;

/// <summary>
/// The output's stamps find files deleted or changed by hand without reading the others, and a
/// file with the right bytes is never taken for damaged. (Linux only: elsewhere there are no stamps.)
/// </summary>
public sealed class OutputStampsTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "zonereport-tests", "stamps-" + Guid.NewGuid().ToString("N"));
    private string Output => Path.Combine(_root, "out");
    private string State => Path.Combine(_root, "state");

    public OutputStampsTests()
    {
        Directory.CreateDirectory(Path.Combine(Output, "en"));
        File.WriteAllText(Path.Combine(Output, "index.html"), "<p>home</p>");
        File.WriteAllText(Path.Combine(Output, "en", "index.html"), "<p>english</p>");
    }

    private Dictionary<string, TreeFile> Files() => new(StringComparer.Ordinal)
    {
        ["index.html"] = new(SourceHashes.Hash(Path.Combine(Output, "index.html")), 11),
        ["en/index.html"] = new(SourceHashes.Hash(Path.Combine(Output, "en", "index.html")), 14),
    };

    private OutputStamps Recorded()
    {
        OutputStamps.Take(Output, Files(), TimeSpan.Zero).Save(State);
        return OutputStamps.Load(State)!;
    }

    [Fact]
    public void Untouched_files_are_not_damaged()
    {
        if (!OutputStamps.Supported) return;
        Assert.Empty(Recorded().Damaged(Output));
    }

    [Fact]
    public void A_deleted_file_is_damaged()
    {
        if (!OutputStamps.Supported) return;
        var stamps = Recorded();
        File.Delete(Path.Combine(Output, "en", "index.html"));
        Assert.Equal(["en/index.html"], stamps.Damaged(Output));
    }

    [Fact]
    public void A_file_changed_in_place_with_its_size_and_modification_time_kept_is_damaged()
    {
        if (!OutputStamps.Supported) return;
        var stamps = Recorded();
        EditKeepingSizeAndTime("index.html", "<p>HOME</p>"u8);
        Assert.Equal(["index.html"], stamps.Damaged(Output));
    }

    [Fact]
    public void Young_stamps_taken_again_once_settled_are_trusted_and_still_find_a_change()
    {
        if (!OutputStamps.Supported) return;
        // Taken as a clean build takes them, just after writing: too young to trust.
        var young = OutputStamps.Take(Output, Files(), TimeSpan.FromHours(1));
        Assert.False(young.Settled);
        var again = young.Retaken(Output, TimeSpan.Zero);
        Assert.True(again.Settled);
        Assert.Equal(young.Count, again.Count);
        Assert.Empty(again.Damaged(Output, Files()));
        EditKeepingSizeAndTime("en/index.html", "<p>ENGLISH</p>"u8);
        Assert.Equal(["en/index.html"], again.Damaged(Output));
    }

    [Fact]
    public void A_stamp_settles_after_the_granularity_of_its_times()
    {
        const long second = 1_000_000_000, millisecond = 1_000_000;
        var now = 1_800_000_000 * second + 500 * millisecond;
        FileStamp Stamp(long age, bool wholeSeconds)
        {
            var time = now - age;
            if (wholeSeconds) time -= time % second;
            return new FileStamp(10, time, time, 7);
        }

        // Times to the nanosecond: a few ticks of the kernel's clock are enough.
        Assert.True(SourceStamps.IsSettled(Stamp(100 * millisecond, false), now));
        Assert.False(SourceStamps.IsSettled(Stamp(5 * millisecond, false), now));
        // Times to the second: the same ages are far too young, two seconds are needed.
        Assert.False(SourceStamps.IsSettled(Stamp(100 * millisecond, true), now));
        Assert.False(SourceStamps.IsSettled(Stamp(1500 * millisecond, true), now));
        Assert.True(SourceStamps.IsSettled(Stamp(3 * second, true), now));
        // One time young is enough to be young (a change of the inode alone moves only the change time).
        var linked = Stamp(100 * millisecond, false) with { Changed = now - millisecond };
        Assert.False(SourceStamps.IsSettled(linked, now));
    }

    [Fact]
    public void Stamps_taken_just_after_writing_are_trusted_where_times_have_nanoseconds_and_still_find_an_edit()
    {
        if (!OutputStamps.Supported) return;
        File.WriteAllText(Path.Combine(Output, "en", "index.html"), "<p>english</p>");
        var fine = File.GetLastWriteTimeUtc(Path.Combine(Output, "en", "index.html")).Ticks % TimeSpan.TicksPerSecond != 0;
        var stamps = OutputStamps.Take(Output, Files());
        // Taken within milliseconds of the writes: on a file system keeping nanoseconds (ext4, tmpfs,
        // XFS, Btrfs) the record waits a few ticks and vouches for every file; on one keeping seconds it cannot.
        Assert.Equal(fine, stamps.Settled);
        stamps.Save(State);
        EditKeepingSizeAndTime("en/index.html", "<p>ENGLISH</p>"u8);
        Assert.Equal(["en/index.html"], OutputStamps.Load(State)!.Damaged(Output));
    }

    [Fact]
    public void A_file_written_again_with_the_same_bytes_is_not_damaged()
    {
        if (!OutputStamps.Supported) return;
        var stamps = Recorded();
        var path = Path.Combine(Output, "index.html");
        File.Delete(path);
        File.WriteAllText(path, "<p>home</p>");
        Assert.Empty(stamps.Damaged(Output));
    }

    [Fact]
    public void Files_are_checked_against_the_bytes_expected_not_only_the_record()
    {
        if (!OutputStamps.Supported) return;
        var expected = Files();
        expected["en/index.html"] = new(SourceHashes.Hash("<p>other</p>"u8.ToArray()), 12);
        expected["new.html"] = new(SourceHashes.Hash("<p>new</p>"u8.ToArray()), 10);
        Assert.Equal(["en/index.html", "new.html"], Recorded().Damaged(Output, expected).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(40)]
    public void A_damaged_record_is_not_used(int keep)
    {
        if (!OutputStamps.Supported) return;
        Recorded();
        var path = OutputStamps.PathIn(State);
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..keep]);
        Assert.Null(OutputStamps.Load(State));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    /// <summary>An edit in place that keeps the file's size and sets its modification time back: only the change time tells.</summary>
    private void EditKeepingSizeAndTime(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var path = Path.Combine(Output, relativePath);
        var modified = File.GetLastWriteTimeUtc(path);
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Write)) stream.Write(bytes);
        File.SetLastWriteTimeUtc(path, modified);
    }
}
