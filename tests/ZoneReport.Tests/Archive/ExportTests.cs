using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using ZoneReport.Archive.Export;
using ZoneReport.Archive.Verify;
using ZoneReport.Diagnostics;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Archive;

/// <summary>
/// `export` of the fixture site, checked without the exporter's own code: every checksum and the
/// Payload-Oxum of the bag recomputed here, the WARC read back record by record.
/// </summary>
public sealed class ExportTests : IDisposable
{
    private readonly TestSite _site = new();
    private readonly ExportResult _result;

    public ExportTests() => _result = Exporter.Export(new ExportOptions(_site.Folder));

    private string Bag => Path.Combine(_site.Folder, "_export", "site");

    [Fact]
    public void Writes_the_bag_and_the_WARC_into_export_in_the_site_folder()
    {
        Assert.Equal(Bag, _result.BagFolder);
        Assert.Equal(Path.Combine(_site.Folder, "_export", "site.warc.gz"), _result.WarcFile);
        Assert.Equal("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n", File.ReadAllText(Path.Combine(Bag, "bagit.txt")));
    }

    [Fact]
    public void Every_payload_checksum_and_the_Payload_Oxum_are_right()
    {
        var listed = ManifestOf(Path.Combine(Bag, "manifest-sha256.txt"));
        var payload = Directory.EnumerateFiles(Path.Combine(Bag, "data"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Bag, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(payload, listed.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, hash) in listed)
        {
            Assert.Equal(hash, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(Bag, path)))));
        }

        var bytes = payload.Sum(p => new FileInfo(Path.Combine(Bag, p)).Length);
        Assert.Contains($"Payload-Oxum: {bytes}.{payload.Count}", File.ReadAllLines(Path.Combine(Bag, "bag-info.txt")));
    }

    [Fact]
    public void The_tag_manifest_covers_every_tag_file()
    {
        var tags = ManifestOf(Path.Combine(Bag, "tagmanifest-sha256.txt"));
        Assert.Equal(["bag-info.txt", "bagit.txt", "manifest-sha256.txt"], tags.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, hash) in tags)
        {
            Assert.Equal(hash, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(Bag, path)))));
        }
    }

    [Fact]
    public void The_bag_info_names_the_organisation_dates_languages_and_tool()
    {
        var info = File.ReadAllLines(Path.Combine(Bag, "bag-info.txt"));
        Assert.Contains("Source-Organization: 开发区年报（测试）", info);
        Assert.Contains("Source-Organization: Zone Reports (test)", info);
        Assert.Contains("Bagging-Date: 2022-10-17", info);
        Assert.Contains("Language: zh-Hans", info);
        Assert.Contains("Language: en", info);
        Assert.Contains("External-Identifier: https://test.example.org/reports/", info);
        Assert.Contains(info, l => l.StartsWith("Bag-Software-Agent: ZoneReport ", StringComparison.Ordinal));
        Assert.All(info, line => Assert.Matches(@"^[A-Za-z-]+: \S", line));
    }

    [Fact]
    public void The_bag_holds_pages_assets_data_files_and_the_sources()
    {
        string Data(string path) => Path.Combine(Bag, "data", path);
        Assert.Equal(_site.Page("en/sample-zone/2022/plan/index.html"), File.ReadAllText(Data("site/en/sample-zone/2022/plan/index.html")));
        Assert.NotEmpty(Directory.GetFiles(Data("site/assets"), "site.*.css"));
        Assert.True(File.Exists(Data("site/data/sample-zone/2022/figures.csv")));
        Assert.True(File.Exists(Data("site/en/feed.xml")));
        Assert.Equal(_site.Read("site.yml"), File.ReadAllText(Data("source/site.yml")));
        Assert.True(File.Exists(Data("source/content/sample-zone/2022/plan.zh.md")));
        Assert.True(File.Exists(Data("source/templates/layouts/base.html")));
        Assert.False(File.Exists(Data("site/.zonereport-site")));
    }

    [Fact]
    public void The_WARC_reads_back_record_by_record_with_right_digests_and_types()
    {
        var records = WarcRecords(_result.WarcFile);
        var info = records[0];
        Assert.Equal("warcinfo", info.Fields["WARC-Type"]);
        Assert.Contains("software: ZoneReport ", Encoding.UTF8.GetString(info.Block));
        var responses = records.Skip(1).ToList();
        Assert.All(responses, r =>
        {
            Assert.Equal("response", r.Fields["WARC-Type"]);
            Assert.Equal("2022-10-17T00:00:00Z", r.Fields["WARC-Date"]);
            Assert.Equal(info.Fields["WARC-Record-ID"], r.Fields["WARC-Warcinfo-ID"]);
            Assert.Equal("sha1:" + Base32(SHA1.HashData(r.Block)), r.Fields["WARC-Block-Digest"]);
            Assert.Equal("sha1:" + Base32(SHA1.HashData(r.Payload)), r.Fields["WARC-Payload-Digest"]);
            Assert.StartsWith("https://test.example.org/reports/", r.Fields["WARC-Target-URI"]);
        });
        Assert.Equal(records.Count, records.Select(r => r.Fields["WARC-Record-ID"]).Distinct().Count());
        Assert.All(records, r => Assert.Matches("^<urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}>$", r.Fields["WARC-Record-ID"]));

        var byUri = responses.GroupBy(r => r.Fields["WARC-Target-URI"]).ToDictionary(g => g.Key, g => g.Single());
        var page = byUri["https://test.example.org/reports/en/sample-zone/2022/plan/index.html"];
        Assert.Equal(File.ReadAllBytes(Path.Combine(_site.Output, "en/sample-zone/2022/plan/index.html")), page.Payload);
        Assert.Equal("text/html; charset=utf-8", page.HttpHeaders["Content-Type"]);
        Assert.Equal(page.Payload.Length.ToString(), page.HttpHeaders["Content-Length"]);
        Assert.Equal(page.Payload, byUri["https://test.example.org/reports/en/sample-zone/2022/plan/"].Payload);
        Assert.Equal("application/atom+xml; charset=utf-8", byUri["https://test.example.org/reports/en/feed.xml"].HttpHeaders["Content-Type"]);
        Assert.Equal("text/csv; charset=utf-8", byUri["https://test.example.org/reports/data/sample-zone/2022/figures.csv"].HttpHeaders["Content-Type"]);
        Assert.Equal("application/xml; charset=utf-8", byUri["https://test.example.org/reports/sitemap.xml"].HttpHeaders["Content-Type"]);
        Assert.Contains(byUri, p => p.Key.EndsWith(".css", StringComparison.Ordinal) && p.Value.HttpHeaders["Content-Type"] == "text/css; charset=utf-8");

        var builtFiles = Directory.EnumerateFiles(_site.Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_site.Output, f).Replace('\\', '/')).Where(f => !f.StartsWith('.')).ToList();
        Assert.All(builtFiles, f => Assert.True(byUri.ContainsKey("https://test.example.org/reports/" + f), $"{f} has no response record"));
    }

    [Fact]
    public void The_tools_own_verify_accepts_the_bag_the_WARC_and_the_books()
    {
        var reports = Verifier.Verify(Path.Combine(_site.Folder, "_export"));
        Assert.Equal(4, reports.Length);
        Assert.All(reports, r => Assert.True(r.Ok, string.Join("\n", r.Problems)));
    }

    [Fact]
    public void The_full_export_writes_the_books_beside_the_bag_and_into_it()
    {
        var books = Path.Combine(_site.Folder, "_export", "epub");
        Assert.Equal(["sample-zone-2022.en.epub", "sample-zone-2022.zh.epub"], Directory.GetFiles(books).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(_result.Books.Select(Path.GetFileName).Order(StringComparer.Ordinal), Directory.GetFiles(books).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var book in Directory.GetFiles(books))
        {
            Assert.Equal(File.ReadAllBytes(book), File.ReadAllBytes(Path.Combine(Bag, "data", "epub", Path.GetFileName(book))));
        }

        Assert.Contains("data/epub/sample-zone-2022.zh.epub", ManifestOf(Path.Combine(Bag, "manifest-sha256.txt")).Keys);
        Assert.Contains("2 EPUB book(s)", _result.Summary);
    }

    [Fact]
    public void A_changed_byte_in_a_book_of_the_bag_is_caught_by_verify()
    {
        var book = Path.Combine(Bag, "data", "epub", "sample-zone-2022.en.epub");
        var bytes = File.ReadAllBytes(book);
        bytes[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(book, bytes);
        var problems = Verifier.Verify(Bag).SelectMany(r => r.Problems).ToList();
        Assert.Contains(problems, p => p.ToString().Contains("data/epub/sample-zone-2022.en.epub", StringComparison.Ordinal));
    }

    [Fact]
    public void Never_replaces_a_book_it_did_not_write()
    {
        using var site = new TestSite();
        site.Write("_export/epub/sample-zone-2022.zh.epub", "my own book");
        var error = Assert.Throws<BuildException>(() => Exporter.Export(new ExportOptions(site.Folder))).Errors[0];
        Assert.Contains("was not written by export", error.Message);
        Assert.Equal("my own book", site.Read("_export/epub/sample-zone-2022.zh.epub"));
        Assert.False(File.Exists(Path.Combine(site.Folder, "_export", "epub", "sample-zone-2022.en.epub")));
    }

    [Fact]
    public void A_second_export_is_byte_identical()
    {
        var first = Snapshot(Path.Combine(_site.Folder, "_export"));
        Exporter.Export(new ExportOptions(_site.Folder));
        Assert.Equal(first, Snapshot(Path.Combine(_site.Folder, "_export")));
    }

    [Fact]
    public void One_edition_holds_only_its_pages_and_sources()
    {
        using var site = new TestSite();
        site.Write("content/other-zone/zone.yml", "name: { zh: 另一开发区, en: Other Zone }\n");
        site.Write("content/other-zone/2021/edition.yml", "year: 2021\ntitle: { zh: 另一开发区 2021, en: \"Other Zone, 2021\" }\n");
        var result = Exporter.Export(new ExportOptions(site.Folder, Edition: "sample-zone/2022"));
        Assert.Equal(Path.Combine(site.Folder, "_export", "sample-zone-2022"), result.BagFolder);
        var files = ManifestOf(Path.Combine(result.BagFolder, "manifest-sha256.txt")).Keys.ToList();
        Assert.Contains("data/site/zh/sample-zone/2022/plan/index.html", files);
        Assert.Contains("data/site/data/sample-zone/2022/figures.json", files);
        Assert.Contains("data/source/content/sample-zone/2022/edition.yml", files);
        Assert.Contains("data/source/content/sample-zone/zone.yml", files);
        Assert.DoesNotContain(files, f => f.Contains("other-zone", StringComparison.Ordinal));
        Assert.DoesNotContain("data/site/zh/index.html", files);
        Assert.All(WarcRecords(result.WarcFile).Skip(1), r => Assert.Matches("sample-zone/2022/|/assets/", r.Fields["WARC-Target-URI"]));
        Assert.Equal(["sample-zone-2022.en.epub", "sample-zone-2022.zh.epub"], result.Books.Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_unknown_edition_is_an_error_that_lists_the_editions()
    {
        var error = Assert.Throws<BuildException>(() => Exporter.Export(new ExportOptions(_site.Folder, Edition: "sample-zone/2031"))).Errors[0];
        Assert.Contains("no edition 'sample-zone/2031'", error.Message);
        Assert.Contains("sample-zone/2022", error.Hint);
    }

    [Fact]
    public void Never_replaces_a_folder_or_file_it_did_not_write()
    {
        using var site = new TestSite();
        site.Write("_export/site/notes.txt", "my own notes");
        var error = Assert.Throws<BuildException>(() => Exporter.Export(new ExportOptions(site.Folder))).Errors[0];
        Assert.Contains("was not written by export", error.Message);
        Assert.Equal("my own notes", site.Read("_export/site/notes.txt"));

        site.Write("elsewhere/site.warc.gz", "not a warc");
        Assert.Throws<BuildException>(() => Exporter.Export(new ExportOptions(site.Folder, OutputFolder: "elsewhere")));
        Assert.Equal("not a warc", site.Read("elsewhere/site.warc.gz"));
    }

    [Fact]
    public void Output_chooses_another_folder()
    {
        using var site = new TestSite();
        var result = Exporter.Export(new ExportOptions(site.Folder, OutputFolder: "archive"));
        Assert.Equal(Path.Combine(site.Folder, "archive", "site"), result.BagFolder);
        Assert.False(Directory.Exists(Path.Combine(site.Folder, "_export")));
    }

    [Fact]
    public void The_export_command_reports_what_it_wrote_and_fails_clearly_on_a_bad_edition()
    {
        using var site = new TestSite();
        var (code, output, _) = ZoneReport.Tests.Cli.CliRun.Run("export", "--source", site.Folder, "--output", "out");
        Assert.Equal(0, code);
        Assert.Contains("bag " + Path.Combine(site.Folder, "out", "site"), output);
        var (failed, _, errors) = ZoneReport.Tests.Cli.CliRun.Run("export", "--source", site.Folder, "--edition", "nowhere/1999");
        Assert.Equal(1, failed);
        Assert.Contains("no edition 'nowhere/1999'", errors);
        Assert.DoesNotContain("   at ", errors);
    }

    public void Dispose() => _site.Dispose();

    private static Dictionary<string, string> ManifestOf(string file) =>
        File.ReadAllLines(file).Select(line =>
        {
            var parts = line.Split("  ", 2);
            Assert.Matches("^[0-9a-f]{64}$", parts[0]);
            return (Path: parts[1], Hash: parts[0]);
        }).ToDictionary(p => p.Path, p => p.Hash);

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f))));

    private sealed record Record(Dictionary<string, string> Fields, byte[] Block)
    {
        private int HeaderEnd => Block.AsSpan().IndexOf("\r\n\r\n"u8);

        public byte[] Payload => Block[(HeaderEnd + 4)..];

        public Dictionary<string, string> HttpHeaders =>
            Encoding.ASCII.GetString(Block, 0, HeaderEnd).Split("\r\n").Skip(1)
                .Select(l => l.Split(": ", 2)).ToDictionary(p => p[0], p => p[1]);
    }

    /// <summary>Reads a .warc.gz as a replay tool would: all gzip members in a row, each record a version line, fields, a blank line, Content-Length bytes and CR LF CR LF.</summary>
    private static List<Record> WarcRecords(string file)
    {
        using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
        using var all = new MemoryStream();
        gzip.CopyTo(all);
        var bytes = all.ToArray();
        var records = new List<Record>();
        var at = 0;
        while (at < bytes.Length)
        {
            var headerEnd = bytes.AsSpan(at).IndexOf("\r\n\r\n"u8);
            Assert.True(headerEnd > 0, $"record at {at} has no end of fields");
            var lines = Encoding.UTF8.GetString(bytes, at, headerEnd).Split("\r\n");
            Assert.Equal("WARC/1.1", lines[0]);
            var fields = lines.Skip(1).Select(l => l.Split(": ", 2)).ToDictionary(p => p[0], p => p[1]);
            var length = int.Parse(fields["Content-Length"]);
            var blockStart = at + headerEnd + 4;
            var block = bytes[blockStart..(blockStart + length)];
            Assert.Equal("\r\n\r\n", Encoding.ASCII.GetString(bytes, blockStart + length, 4));
            records.Add(new Record(fields, block));
            at = blockStart + length + 4;
        }

        return records;
    }

    /// <summary>RFC 4648 base 32, written here rather than taken from the exporter.</summary>
    private static string Base32(byte[] data)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = string.Concat(data.Select(b => Convert.ToString(b, 2).PadLeft(8, '0')));
        bits = bits.PadRight((bits.Length + 4) / 5 * 5, '0');
        return string.Concat(Enumerable.Range(0, bits.Length / 5).Select(i => Alphabet[Convert.ToInt32(bits.Substring(i * 5, 5), 2)]));
    }
}
