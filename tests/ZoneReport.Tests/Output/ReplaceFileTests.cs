using System.Diagnostics;
using System.Text;
using ZoneReport.Output;

namespace ZoneReport.Tests.Output;

/// <summary>
/// A clean build writes over the files of the engine's old second tree in place. Whatever the old
/// file held, longer or shorter, the file must end up holding exactly the new bytes, under the same
/// inode when no other name shares it.
/// </summary>
public sealed class ReplaceFileTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "zonereport-tests", Guid.NewGuid().ToString("N"));

    public ReplaceFileTests() => Directory.CreateDirectory(_folder);

    [Theory]
    [InlineData("a much longer old page, <p>with paragraphs</p> the new one does not have", "<p>new</p>")]
    [InlineData("old", "<p>a new page longer than the old one</p>")]
    [InlineData("same size!", "SAME SIZE?")]
    [InlineData("an old file", "")]
    public void The_file_holds_exactly_the_new_bytes_under_its_old_inode(string old, string written)
    {
        var path = Path.Combine(_folder, "page.html");
        File.WriteAllText(path, old);
        var inode = Inode(path);

        OutputFileSystem.Real.ReplaceFile(path, Encoding.UTF8.GetBytes(written));

        Assert.Equal(written, File.ReadAllText(path));
        Assert.Equal(written.Length, new FileInfo(path).Length);
        if (OperatingSystem.IsLinux()) Assert.Equal(inode, Inode(path));
    }

    [Fact]
    public void A_file_shared_by_a_hard_link_is_replaced_and_the_other_name_keeps_its_bytes()
    {
        if (!OperatingSystem.IsLinux()) return;
        var path = Path.Combine(_folder, "page.html");
        var other = Path.Combine(_folder, "other.html");
        File.WriteAllText(other, "shared bytes, longer than the new ones");
        Run("ln", other, path);

        OutputFileSystem.Real.ReplaceFile(path, "new"u8);

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal("shared bytes, longer than the new ones", File.ReadAllText(other));
        Assert.NotEqual(Inode(other), Inode(path));
    }

    private static string Inode(string path) => OperatingSystem.IsLinux() ? Run("stat", "-c", "%i", path).Trim() : "";

    private static string Run(string program, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
