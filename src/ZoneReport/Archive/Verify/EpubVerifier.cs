using System.IO.Compression;
using System.IO.Hashing;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace ZoneReport.Archive.Verify;

/// <summary>
/// Checks an EPUB's container (EPUB 3 OCF): a readable zip whose entries all match their CRC-32,
/// 'mimetype' first, stored uncompressed and holding application/epub+zip, META-INF/container.xml
/// naming the package document, and every file of the package's manifest present (and no file
/// that the manifest does not list). It is no substitute for epubcheck, which CI runs; it is what
/// an archivist can run with nothing but this tool to see that a copy is whole.
/// </summary>
public static class EpubVerifier
{
    public const string MediaType = "application/epub+zip";
    private static readonly XNamespace Container = "urn:oasis:names:tc:opendocument:xmlns:container";
    private static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";

    public static VerificationReport Verify(string file, string shownPath)
    {
        var problems = new ProblemList();
        string Show(string entry) => $"{shownPath}!{entry}";
        var bytes = File.ReadAllBytes(file);
        CheckMimetypeFirst(bytes, shownPath, problems);

        var contents = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        long unpacked = 0;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName.EndsWith('/')) continue;
                if (contents.ContainsKey(entry.FullName))
                {
                    problems.Add(Show(entry.FullName), "the zip holds this name twice");
                    continue;
                }

                // A damaged entry is still there: it is kept (empty) so it is not reported missing too.
                var content = ReadEntry(entry, Show(entry.FullName), problems) ?? [];
                contents[entry.FullName] = content;
                unpacked += content.Length;
            }
        }
        catch (InvalidDataException e)
        {
            problems.Add(shownPath, $"not a readable zip file ({e.Message}); the EPUB is damaged or truncated");
            return new VerificationReport(shownPath, "EPUB", contents.Count, bytes.Length, "", problems.Sorted());
        }

        var packageFiles = CheckPackage(contents, Show, problems);
        return new VerificationReport(shownPath, "EPUB", contents.Count, unpacked,
            $"zip CRC-32 of every entry, mimetype stored first, container.xml, {packageFiles} files of the package manifest present", problems.Sorted());
    }

    private static byte[]? ReadEntry(ZipArchiveEntry entry, string shown, ProblemList problems)
    {
        try
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var content = copy.ToArray();
            if (Crc32.HashToUInt32(content) != entry.Crc32)
            {
                problems.Add(shown, "its CRC-32 does not match the zip directory: the file was changed or damaged");
            }

            return content;
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            problems.Add(shown, $"cannot be unpacked ({e.Message}): the file is damaged");
            return null;
        }
    }

    /// <summary>OCF 4.3: the first local file header is 'mimetype', stored, without extra field, holding the media type.</summary>
    private static void CheckMimetypeFirst(byte[] bytes, string shown, ProblemList problems)
    {
        var mimetype = "mimetype"u8;
        if (bytes.Length < 30 + mimetype.Length || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4)
        {
            problems.Add(shown, "does not start with a zip entry: not an EPUB or damaged at the start");
            return;
        }

        var method = BitConverter.ToUInt16(bytes, 8);
        var nameLength = BitConverter.ToUInt16(bytes, 26);
        var extraLength = BitConverter.ToUInt16(bytes, 28);
        if (!bytes.AsSpan(30, Math.Min(nameLength, bytes.Length - 30)).SequenceEqual(mimetype))
        {
            problems.Add(shown, "the first zip entry must be 'mimetype'");
            return;
        }

        if (method != 0) problems.Add($"{shown}!mimetype", "must be stored uncompressed");
        if (extraLength != 0) problems.Add($"{shown}!mimetype", "its zip header must have no extra field");
        var start = 30 + nameLength + extraLength;
        var expected = Encoding.ASCII.GetBytes(MediaType);
        if (method == 0 && (bytes.Length < start + expected.Length || !bytes.AsSpan(start, expected.Length).SequenceEqual(expected)))
        {
            problems.Add($"{shown}!mimetype", $"must hold exactly '{MediaType}'");
        }
    }

    /// <returns>The number of manifest files found.</returns>
    private static int CheckPackage(Dictionary<string, byte[]> contents, Func<string, string> show, ProblemList problems)
    {
        const string containerPath = "META-INF/container.xml";
        if (!contents.TryGetValue(containerPath, out var containerXml))
        {
            problems.Add(show(containerPath), "missing: it names the package document");
            return 0;
        }

        var container = Parse(containerXml, show(containerPath), problems);
        var rootfile = container?.Descendants(Container + "rootfile")
            .FirstOrDefault(r => (string?)r.Attribute("media-type") == "application/oebps-package+xml");
        var opfPath = (string?)rootfile?.Attribute("full-path");
        if (container is null) return 0;
        if (opfPath is null)
        {
            problems.Add(show(containerPath), "names no rootfile of media-type application/oebps-package+xml");
            return 0;
        }

        if (!contents.TryGetValue(opfPath, out var opfXml))
        {
            problems.Add(show(opfPath), $"missing: META-INF/container.xml names it as the package document");
            return 0;
        }

        var package = Parse(opfXml, show(opfPath), problems);
        if (package is null) return 0;
        var folder = opfPath.Contains('/') ? opfPath[..(opfPath.LastIndexOf('/') + 1)] : "";
        var items = package.Descendants(Opf + "manifest").Elements(Opf + "item").ToList();
        var listed = new HashSet<string>(StringComparer.Ordinal) { "mimetype", opfPath };
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var found = 0;
        foreach (var item in items)
        {
            var id = (string?)item.Attribute("id") ?? "";
            ids.Add(id);
            var href = (string?)item.Attribute("href");
            if (href is null || Uri.TryCreate(href, UriKind.Absolute, out _)) continue;
            var path = Resolve(folder, Uri.UnescapeDataString(href.Split('#')[0]));
            listed.Add(path);
            if (contents.ContainsKey(path)) found++;
            else problems.Add(show(path), $"missing: the package manifest lists it (item '{id}') but the EPUB does not hold it");
        }

        if (!items.Any(i => ((string?)i.Attribute("properties") ?? "").Split(' ').Contains("nav")))
        {
            problems.Add(show(opfPath), "the manifest has no navigation document (an item with properties=\"nav\")");
        }

        foreach (var itemref in package.Descendants(Opf + "spine").Elements(Opf + "itemref"))
        {
            var idref = (string?)itemref.Attribute("idref") ?? "";
            if (!ids.Contains(idref)) problems.Add(show(opfPath), $"the spine names item '{idref}', which the manifest lacks");
        }

        foreach (var file in contents.Keys.Where(k => !listed.Contains(k) && !k.StartsWith("META-INF/", StringComparison.Ordinal)))
        {
            problems.Add(show(file), "extra file: not listed in the package manifest");
        }

        return found;
    }

    private static string Resolve(string folder, string href)
    {
        var parts = new List<string>();
        foreach (var part in (folder + href).Split('/'))
        {
            if (part == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
            else if (part is not ("." or "")) parts.Add(part);
        }

        return string.Join('/', parts);
    }

    private static XDocument? Parse(byte[] xml, string shown, ProblemList problems)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            return XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            problems.Add(shown, $"not well-formed XML: {e.Message}");
            return null;
        }
    }
}
