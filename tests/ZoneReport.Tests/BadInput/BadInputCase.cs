using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.BadInput;

/// <summary>
/// One case of the bad-input suite, read from a small YAML file under Fixtures/bad-input/: what it
/// is about, the edits that break the fixture site, and the errors the build must print.
/// </summary>
/// <remarks>
/// Edits (applied in order, paths relative to the site folder):
///   - write: path, text: ...            a whole file
///   - replace: path, old: ..., new: ...  one piece of text (which must be there)
///   - delete: path
///   - gb18030: path, text: ...           the text saved as GB18030 (an older Chinese editor)
///   - bytes: path, hex: "ef bb bf 41"    raw bytes
///   - insert-bytes: path, after: ..., hex: ...   raw bytes inserted after a piece of text
///   - png-header: path, width: W, height: H      a PNG whose header claims a size (and no pixels)
///   - image: path, width: W, height: H           a real small JPEG or PNG (by extension)
/// Expectations: each 'error' is "file:line[:column]" plus a piece of its message (and of its
/// hint); 'only: true' says no other error may be printed; 'printed' lists text the output must
/// hold; 'exit' defaults to 1.
/// </remarks>
public sealed partial record BadInputCase(string Name, string About, YamlSequenceNode Edits, IReadOnlyList<ExpectedError> Errors,
    bool Only, IReadOnlyList<string> Printed, int Exit, IReadOnlyList<string> Arguments)
{
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "ZoneReport.Tests", "Fixtures", "bad-input");

    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Folder, "*.yml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/')[..^".yml".Length])
            .Order(StringComparer.Ordinal);

    public static BadInputCase Load(string name)
    {
        var stream = new YamlStream();
        using (var reader = new StringReader(File.ReadAllText(Path.Combine(Folder, name + ".yml"), Encoding.UTF8))) stream.Load(reader);
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        string? Text(YamlMappingNode map, string key) =>
            map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? ((YamlScalarNode)node).Value : null;
        var errors = root.Children.TryGetValue(new YamlScalarNode("errors"), out var list)
            ? ((YamlSequenceNode)list).Children.Cast<YamlMappingNode>().Select(e => ExpectedError.Parse(Text(e, "at")!, Text(e, "message")!, Text(e, "hint"))).ToList()
            : [];
        var printed = root.Children.TryGetValue(new YamlScalarNode("printed"), out var p)
            ? ((YamlSequenceNode)p).Children.Select(n => ((YamlScalarNode)n).Value!).ToList()
            : [];
        var arguments = root.Children.TryGetValue(new YamlScalarNode("arguments"), out var a)
            ? ((YamlSequenceNode)a).Children.Select(n => ((YamlScalarNode)n).Value!).ToList()
            : [];
        var edits = root.Children.TryGetValue(new YamlScalarNode("edits"), out var e) ? (YamlSequenceNode)e : new YamlSequenceNode();
        return new BadInputCase(name, Text(root, "about") ?? "", edits, errors, Text(root, "only") == "true", printed,
            int.Parse(Text(root, "exit") ?? "1"), arguments);
    }

    public void Apply(TestSite site)
    {
        foreach (var edit in Edits.Children.Cast<YamlMappingNode>())
        {
            string Get(string key) => ((YamlScalarNode)edit.Children[new YamlScalarNode(key)]).Value ?? "";
            var (operation, path) = edit.Children.Select(c => (((YamlScalarNode)c.Key).Value!, ((YamlScalarNode)c.Value).Value!)).First();
            var full = Path.Combine(site.Folder, path);
            switch (operation)
            {
                case "write": site.Write(path, Get("text")); break;
                case "replace": site.Replace(path, Get("old"), Get("new")); break;
                case "delete": site.Delete(path); break;
                case "gb18030":
                    Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                    File.WriteAllBytes(full, CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetBytes(Get("text")));
                    break;
                case "bytes":
                    Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                    File.WriteAllBytes(full, Hex(Get("hex")));
                    break;
                case "insert-bytes":
                    var bytes = File.ReadAllBytes(full);
                    var after = Encoding.UTF8.GetBytes(Get("after"));
                    var at = bytes.AsSpan().IndexOf(after);
                    Assert.True(at >= 0, $"'{Get("after")}' is not in {path}");
                    File.WriteAllBytes(full, [.. bytes[..(at + after.Length)], .. Hex(Get("hex")), .. bytes[(at + after.Length)..]]);
                    break;
                case "png-header":
                    Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                    File.WriteAllBytes(full, PngHeader(int.Parse(Get("width")), int.Parse(Get("height"))));
                    break;
                case "image":
                    Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                    var format = path.EndsWith(".png", StringComparison.OrdinalIgnoreCase) ? SkiaSharp.SKEncodedImageFormat.Png : SkiaSharp.SKEncodedImageFormat.Jpeg;
                    File.WriteAllBytes(full, TestImages.Make(int.Parse(Get("width")), int.Parse(Get("height")), format));
                    break;
                default: throw new InvalidOperationException($"case {Name}: unknown edit '{operation}'");
            }
        }
    }

    private static byte[] Hex(string hex) => Convert.FromHexString(hex.Replace(" ", ""));

    /// <summary>The signature and IHDR chunk of a PNG claiming <paramref name="width"/> × <paramref name="height"/>, then an empty IDAT.</summary>
    private static byte[] PngHeader(int width, int height)
    {
        var ihdr = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 2; // colour type: RGB
        return [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. Chunk("IHDR", ihdr), .. Chunk("IDAT", []), .. Chunk("IEND", [])];
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        var typed = (byte[])[.. Encoding.ASCII.GetBytes(type), .. data];
        var chunk = new byte[12 + data.Length];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        typed.CopyTo(chunk, 4);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(typed));
        return chunk;
    }

    /// <summary>The CRC-32 that PNG puts after each chunk (ISO 3309, as in zlib).</summary>
    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }

        return ~crc;
    }
}

/// <summary>An error the build must print: its place (the column only if given) and pieces of its message and hint.</summary>
public sealed partial record ExpectedError(string File, int Line, int? Column, string Message, string? Hint)
{
    public static ExpectedError Parse(string at, string message, string? hint)
    {
        var match = Place().Match(at);
        Assert.True(match.Success, $"'{at}' is not file:line[:column]");
        return new ExpectedError(match.Groups["file"].Value, int.Parse(match.Groups["line"].Value),
            match.Groups["column"].Success ? int.Parse(match.Groups["column"].Value) : null, message, hint);
    }

    public bool Matches(PrintedError error) =>
        error.File == File && error.Line == Line && (Column is null || error.Column == Column) &&
        error.Message.Contains(Message, StringComparison.Ordinal) && (Hint is null || error.Hint.Contains(Hint, StringComparison.Ordinal));

    public override string ToString() => $"{File}:{Line}{(Column is null ? "" : $":{Column}")}: ...{Message}... (hint: ...{Hint}...)";

    [GeneratedRegex(@"^(?<file>[^:]+):(?<line>\d+)(?::(?<column>\d+))?$")]
    private static partial Regex Place();
}

/// <summary>An error as the command line printed it: "file:line:column: error: message" and its "  hint: ..." line.</summary>
public sealed partial record PrintedError(string File, int Line, int Column, string Message, string Hint)
{
    public static List<PrintedError> AllIn(string printed)
    {
        var lines = printed.Split('\n');
        var errors = new List<PrintedError>();
        for (var i = 0; i < lines.Length; i++)
        {
            var match = ErrorLine().Match(lines[i]);
            if (!match.Success) continue;
            var hint = i + 1 < lines.Length && lines[i + 1].StartsWith("  hint: ", StringComparison.Ordinal) ? lines[i + 1]["  hint: ".Length..] : "";
            errors.Add(new PrintedError(match.Groups["file"].Value, int.Parse(match.Groups["line"].Value),
                int.Parse(match.Groups["column"].Value), match.Groups["message"].Value, hint));
        }

        return errors;
    }

    [GeneratedRegex(@"^(?<file>[^:\n]+):(?<line>\d+):(?<column>\d+): error: (?<message>.*)$")]
    private static partial Regex ErrorLine();
}
