using System.Text;
using ZoneReport.Archive.Verify;

namespace ZoneReport.Tests.Archive.Verify;

public sealed class WarcVerifierTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "zonereport-tests", "warc-" + Guid.NewGuid().ToString("N"));

    public WarcVerifierTests() => Directory.CreateDirectory(_folder);

    private VerificationReport VerifyBytes(byte[] bytes, string name = "site.warc")
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return WarcVerifier.Verify(path, name);
    }

    [Fact]
    public void A_whole_warc_verifies_with_every_digest()
    {
        var report = VerifyBytes(TinyWarc.File());
        Assert.True(report.Ok, string.Join("\n", report.Problems));
        Assert.Equal(3, report.Files);
        Assert.Contains("3 records (2 response, 1 warcinfo)", report.Checked);
        Assert.Contains("5 digests match", report.Checked);
    }

    [Fact]
    public void A_gzipped_warc_verifies_record_by_record()
    {
        var records = new[] { TinyWarc.Response("https://example.org/a", "a"), TinyWarc.Response("https://example.org/b", "b") };
        var report = VerifyBytes(TinyWarc.Gzipped(records), "site.warc.gz");
        Assert.True(report.Ok, string.Join("\n", report.Problems));
        Assert.Equal(2, report.Files);
    }

    [Fact]
    public void A_truncated_warc_is_caught_naming_the_record()
    {
        var whole = TinyWarc.File();
        var problem = Assert.Single(VerifyBytes(whole[..(whole.Length - 20)]).Problems);
        Assert.Equal("site.warc", problem.File);
        Assert.StartsWith("record 3 ", problem.Message);
        Assert.Contains("truncated", problem.Message);
    }

    [Fact]
    public void A_truncated_gzipped_warc_is_caught()
    {
        var whole = TinyWarc.Gzipped(TinyWarc.File());
        var report = VerifyBytes(whole[..(whole.Length / 2)], "site.warc.gz");
        Assert.False(report.Ok);
        Assert.All(report.Problems, p => Assert.Equal("site.warc.gz", p.File));
    }

    [Fact]
    public void A_changed_byte_in_a_payload_fails_both_digests()
    {
        var bytes = TinyWarc.File();
        var at = bytes.AsSpan().IndexOf("22.6"u8);
        bytes[at] = (byte)'3';
        var problems = VerifyBytes(bytes).Problems;
        Assert.Equal(2, problems.Length);
        Assert.Contains(problems, p => p.Message.StartsWith("record 3 ") && p.Message.Contains("WARC-Block-Digest does not match"));
        Assert.Contains(problems, p => p.Message.StartsWith("record 3 ") && p.Message.Contains("WARC-Payload-Digest does not match"));
    }

    [Fact]
    public void A_wrong_content_length_is_caught()
    {
        var text = Encoding.UTF8.GetString(TinyWarc.Record("resource", "https://example.org/r", "text/plain", "hello"u8.ToArray(), digests: false));
        var report = VerifyBytes(Encoding.UTF8.GetBytes(text.Replace("Content-Length: 5", "Content-Length: 3")));
        Assert.Contains(report.Problems, p => p.Message.Contains("longer than Content-Length"));
    }

    [Fact]
    public void A_record_missing_a_mandatory_field_is_caught()
    {
        var text = Encoding.UTF8.GetString(TinyWarc.Record("resource", "https://example.org/r", "text/plain", "hello"u8.ToArray()));
        var report = VerifyBytes(Encoding.UTF8.GetBytes(text.Replace("WARC-Date: 2022-10-17T00:00:00Z\r\n", "")));
        Assert.Contains(report.Problems, p => p.Message.Contains("the mandatory field WARC-Date is missing"));
    }

    [Fact]
    public void A_file_that_is_not_a_warc_is_reported()
    {
        var report = VerifyBytes("<html></html>"u8.ToArray());
        Assert.Contains(report.Problems, p => p.Message.Contains("expected a version line"));
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
