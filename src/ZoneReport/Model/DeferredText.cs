using System.Text;

namespace ZoneReport.Model;

/// <summary>
/// A text held either as a string or as UTF-8 bytes checked already (as the parse cache keeps an
/// article's body), made a string the first time it is read. A one-article rebuild of a large site
/// loads every article but reads the bodies of only the few it renders again, so the others are
/// never decoded. Two texts are equal when their characters are.
/// </summary>
internal sealed class DeferredText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly ReadOnlyMemory<byte> _utf8;
    private string? _text;

    public DeferredText(string text) => _text = text;

    /// <param name="utf8">Valid UTF-8 (the caller has checked it: decoding it later cannot fail).</param>
    public DeferredText(ReadOnlyMemory<byte> utf8) => _utf8 = utf8;

    /// <remarks>Two threads reading it at once may both decode it; each gets an equal string, and one is kept.</remarks>
    public string Text => _text ??= Strict.GetString(_utf8.Span);

    public override bool Equals(object? other) => other is DeferredText text && string.Equals(Text, text.Text, StringComparison.Ordinal);

    public override int GetHashCode() => Text.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Text;
}
