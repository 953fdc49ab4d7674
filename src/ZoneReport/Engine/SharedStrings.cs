using System.Buffers;

namespace ZoneReport.Engine;

/// <summary>
/// Strings read again and again from the cache (language names, a newspaper's name, units, a file's
/// path in its location), given out as one object each instead of a new copy per record: thousands
/// of loaded records that survive every collection cost the GC less. A small table of slots, each
/// holding the last string that fell into it; threads that race on a slot only miss (strings are
/// immutable, one reference is written at a time).
/// </summary>
public sealed class SharedStrings
{
    /// <summary>Longer strings are rarely repeated (titles, summaries): made anew, not looked up.</summary>
    public const int LongestShared = 64;

    private readonly string?[] _slots = new string?[4096];

    /// <summary>The string these UTF-8 bytes spell; bytes that are not UTF-8 throw <see cref="InvalidDataException"/>.</summary>
    public string Of(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > LongestShared) throw new ArgumentException($"only strings of up to {LongestShared} bytes are shared", nameof(utf8));
        Span<char> chars = stackalloc char[LongestShared];
        if (System.Text.Unicode.Utf8.ToUtf16(utf8, chars, out _, out var length, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            throw new InvalidDataException("not UTF-8 text");
        }

        var text = chars[..length];
        var slot = (int)((uint)string.GetHashCode(text) % (uint)_slots.Length);
        if (_slots[slot] is { } known && text.SequenceEqual(known)) return known;
        var made = new string(text);
        _slots[slot] = made;
        return made;
    }
}
