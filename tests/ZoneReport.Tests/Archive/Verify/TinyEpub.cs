using System.IO.Compression;
using System.Text;

namespace ZoneReport.Tests.Archive.Verify;

/// <summary>A minimal EPUB 3 container written by the test: mimetype stored first, container.xml, a package, a nav and one chapter.</summary>
public static class TinyEpub
{
    public const string Chapter = "EPUB/chapter.xhtml";

    public static byte[] Build(CompressionLevel mimetypeLevel = CompressionLevel.NoCompression, bool withChapter = true, string? extraFile = null)
    {
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "mimetype", "application/epub+zip", mimetypeLevel);
            Add(zip, "META-INF/container.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                  <rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
                </container>
                """);
            Add(zip, "EPUB/package.opf", """
                <?xml version="1.0" encoding="UTF-8"?>
                <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
                  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="id">urn:test</dc:identifier><dc:title>T</dc:title><dc:language>zh</dc:language></metadata>
                  <manifest>
                    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
                    <item id="chapter" href="chapter.xhtml" media-type="application/xhtml+xml"/>
                  </manifest>
                  <spine><itemref idref="chapter"/></spine>
                </package>
                """);
            Add(zip, "EPUB/nav.xhtml", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><nav/></body></html>");
            if (withChapter) Add(zip, Chapter, "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>" + string.Concat(Enumerable.Repeat("<p>周口经济开发区 226亿元</p>", 40)) + "</body></html>");
            if (extraFile is not null) Add(zip, extraFile, "not in the manifest");
        }

        return output.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string text, CompressionLevel level = CompressionLevel.Optimal)
    {
        var entry = zip.CreateEntry(name, level);
        using var stream = entry.Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }
}
