using System.IO.Compression;
using ZoneReport.Archive.Verify;

namespace ZoneReport.Tests.Archive.Verify;

public sealed class EpubVerifierTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "zonereport-tests", "epub-" + Guid.NewGuid().ToString("N"));

    public EpubVerifierTests() => Directory.CreateDirectory(_folder);

    private VerificationReport VerifyBytes(byte[] bytes)
    {
        var path = Path.Combine(_folder, "book.epub");
        File.WriteAllBytes(path, bytes);
        return EpubVerifier.Verify(path, "book.epub");
    }

    [Fact]
    public void A_whole_epub_verifies()
    {
        var report = VerifyBytes(TinyEpub.Build());
        Assert.True(report.Ok, string.Join("\n", report.Problems));
        Assert.Equal(5, report.Files);
        Assert.Contains("2 files of the package manifest present", report.Checked);
    }

    [Fact]
    public void A_corrupted_epub_is_caught_naming_the_damaged_entry()
    {
        var bytes = TinyEpub.Build();
        // A byte inside the chapter's compressed data, past its local header.
        var header = bytes.AsSpan().IndexOf(System.Text.Encoding.ASCII.GetBytes(TinyEpub.Chapter));
        bytes[header + TinyEpub.Chapter.Length + 10] ^= 0x55;
        var problem = Assert.Single(VerifyBytes(bytes).Problems);
        Assert.Equal("book.epub!" + TinyEpub.Chapter, problem.File);
    }

    [Fact]
    public void A_truncated_epub_is_not_a_readable_zip()
    {
        var bytes = TinyEpub.Build();
        var problems = VerifyBytes(bytes[..(bytes.Length - 30)]).Problems;
        Assert.Contains(problems, p => p.File == "book.epub" && p.Message.StartsWith("not a readable zip"));
    }

    [Fact]
    public void A_file_missing_from_the_package_is_caught_naming_it()
    {
        var problem = Assert.Single(VerifyBytes(TinyEpub.Build(withChapter: false)).Problems);
        Assert.Equal("book.epub!" + TinyEpub.Chapter, problem.File);
        Assert.StartsWith("missing", problem.Message);
    }

    [Fact]
    public void A_file_the_package_does_not_list_is_caught()
    {
        var problem = Assert.Single(VerifyBytes(TinyEpub.Build(extraFile: "EPUB/stray.css")).Problems);
        Assert.Equal("book.epub!EPUB/stray.css", problem.File);
        Assert.StartsWith("extra file", problem.Message);
    }

    [Fact]
    public void A_compressed_mimetype_is_caught()
    {
        var problems = VerifyBytes(TinyEpub.Build(mimetypeLevel: CompressionLevel.Optimal)).Problems;
        Assert.Contains(problems, p => p.File == "book.epub!mimetype" && p.Message == "must be stored uncompressed");
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
