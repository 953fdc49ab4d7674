using System.Text;
using ZoneReport.Diagnostics;

namespace ZoneReport.Input;

/// <summary>
/// Reads every text input (site.yml, YAML data, articles, templates, interface words) as strict
/// UTF-8. A byte-order mark is fine; bytes that are not UTF-8, or a NUL, are an error at their line
/// and column, so no U+FFFD or garbage ever reaches a page. Files saved by an older Chinese editor
/// are usually GBK/GB18030: when the bytes read as that, the message says so and gives the command
/// that converts the file.
/// </summary>
public static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="path">The file on disk.</param>
    /// <param name="shown">The path shown in messages (relative to the site folder).</param>
    public static string Read(string path, string shown) => Decode(File.ReadAllBytes(path), shown);

    /// <summary>The text of <paramref name="bytes"/>, without a byte-order mark; line endings are left as they are.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string shown)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        var bad = FirstInvalidUtf8(bytes);
        if (bad < 0)
        {
            var nul = bytes.IndexOf((byte)0);
            if (nul < 0) return StrictUtf8.GetString(bytes);
            throw new BuildException(Locate(bytes, nul, shown), "the file holds a NUL byte (0x00), which text never has",
                "the file was damaged or is not a text file: open it in a text editor, delete the invisible character (or copy the text into a new file) and save it as UTF-8");
        }

        var where = Locate(bytes, bad, shown);
        var shownByte = $"0x{bytes[bad]:X2}";
        if (ReadsAsGb18030(bytes))
        {
            throw new BuildException(where, $"the file is not UTF-8: byte {shownByte} here is not UTF-8; the file reads as GB18030 (GBK) Chinese text",
                $"convert it to UTF-8, e.g. with: iconv -f GB18030 -t UTF-8 '{shown}' > converted.tmp && mv converted.tmp '{shown}' " +
                "(or re-save it as UTF-8 in the editor)");
        }

        throw new BuildException(where, $"the file is not UTF-8: byte {shownByte} here is not a UTF-8 character",
            "save the file as UTF-8 in the editor (without changing its text), or retype the character at this place");
    }

    /// <summary>The index of the first byte that does not start a valid UTF-8 sequence, or -1.</summary>
    public static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done) return i;
            i += consumed;
        }

        return -1;
    }

    /// <summary>Line and column of a byte, counting the UTF-8 characters before it on its line.</summary>
    private static SourceLocation Locate(ReadOnlySpan<byte> bytes, int index, string shown)
    {
        var before = bytes[..index];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = StrictUtf8.GetCharCount(bytes[lineStart..index]) + 1;
        return new SourceLocation(shown, line, column);
    }

    private static bool ReadsAsGb18030(ReadOnlySpan<byte> bytes)
    {
        try
        {
            // Asked of the provider directly: registering it would change every Encoding lookup in the process.
            var gb = CodePagesEncodingProvider.Instance.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
                     ?? throw new ArgumentException("GB18030 is not available");
            var text = gb.GetString(bytes);
            // Any bytes decode as something in GB18030; Chinese text decodes mostly into Han characters.
            var han = text.Count(c => c is >= '\u4e00' and <= '\u9fff');
            var other = text.Count(c => c > '\u007f' && c is not (>= '\u4e00' and <= '\u9fff') && !IsChinesePunctuation(c));
            return han > 0 && han >= 4 * other;
        }
        catch (Exception e) when (e is DecoderFallbackException or ArgumentException)
        {
            return false;
        }
    }

    private static bool IsChinesePunctuation(char c) =>
        c is >= '\u3000' and <= '\u303f' or >= '\uff00' and <= '\uffef' or '“' or '”' or '‘' or '’' or '…' or '—' or '·';
}
