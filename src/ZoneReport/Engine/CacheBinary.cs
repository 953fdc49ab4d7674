using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;

namespace ZoneReport.Engine;

/// <summary>
/// The parse cache's compact binary form: variable-length integers, length-prefixed UTF-8 strings,
/// a leading byte for each optional value. Written and read field by field by <see cref="CachedRecords"/>,
/// with no reflection, so that loading thousands of unchanged articles costs little more than copying their text.
/// </summary>
public sealed class CacheWriter
{
    private readonly ArrayBufferWriter<byte> _buffer;

    public CacheWriter() : this(256)
    {
    }

    /// <param name="capacity">The bytes expected (a large record grows its buffer once instead of many times).</param>
    public CacheWriter(int capacity) => _buffer = new ArrayBufferWriter<byte>(Math.Max(capacity, 16));

    public ReadOnlySpan<byte> Written => _buffer.WrittenSpan;

    public byte[] ToArray() => _buffer.WrittenSpan.ToArray();

    public void Clear() => _buffer.ResetWrittenCount();

    public void Bool(bool value) => Byte(value ? (byte)1 : (byte)0);

    public void Byte(byte value)
    {
        _buffer.GetSpan(1)[0] = value;
        _buffer.Advance(1);
    }

    public void Int(int value) => Long(value);

    /// <summary>Zig-zag, then 7 bits a byte: small numbers of either sign take one byte.</summary>
    public void Long(long value)
    {
        var bits = (ulong)((value << 1) ^ (value >> 63));
        var span = _buffer.GetSpan(10);
        var length = 0;
        while (bits >= 0x80)
        {
            span[length++] = (byte)(bits | 0x80);
            bits >>= 7;
        }

        span[length++] = (byte)bits;
        _buffer.Advance(length);
    }

    /// <summary>The four 32-bit parts, so the scale is kept (1.50 stays 1.50).</summary>
    public void Decimal(decimal value)
    {
        Span<int> parts = stackalloc int[4];
        System.Decimal.GetBits(value, parts);
        foreach (var part in parts) Int(part);
    }

    public void String(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        Int(length);
        Encoding.UTF8.GetBytes(value, _buffer.GetSpan(length));
        _buffer.Advance(length);
    }

    public void Bytes(ReadOnlySpan<byte> value)
    {
        Int(value.Length);
        value.CopyTo(_buffer.GetSpan(value.Length));
        _buffer.Advance(value.Length);
    }

    /// <summary>Writes whether <paramref name="value"/> is there; the caller writes the value itself when it is.</summary>
    public bool Present<T>(T? value)
    {
        Bool(value is not null);
        return value is not null;
    }

    public void OptionalString(string? value)
    {
        if (Present(value)) String(value!);
    }

    public void Fixed64(ulong value)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(_buffer.GetSpan(8), value);
        _buffer.Advance(8);
    }

    /// <summary>A SHA-256 as its 32 bytes, no length before them.</summary>
    public void HashBytes(ReadOnlySpan<byte> sha256)
    {
        if (sha256.Length != 32) throw new ArgumentException("a SHA-256 has 32 bytes", nameof(sha256));
        sha256.CopyTo(_buffer.GetSpan(32));
        _buffer.Advance(32);
    }

    /// <summary>
    /// A hash kept as text: lower-case hex of 32 bytes (nearly always) as a 1 and the bytes; anything
    /// else ("", a marker word) as a 0 and the text, so it reads back as the same string.
    /// </summary>
    public void HashText(string hash)
    {
        var bytes = _buffer.GetSpan(33);
        if (hash.Length == 64 && !hash.AsSpan().ContainsAnyInRange('A', 'Z') &&
            Convert.FromHexString(hash, bytes.Slice(1, 32), out _, out _) == OperationStatus.Done)
        {
            bytes[0] = 1;
            _buffer.Advance(33);
            return;
        }

        Byte(0);
        String(hash);
    }
}

/// <summary>Reads what <see cref="CacheWriter"/> wrote; anything out of shape throws <see cref="InvalidDataException"/>.</summary>
/// <param name="shared">Where short strings are looked up before a new one is made (the parse cache's, for one build).</param>
public sealed class CacheReader(byte[] bytes, int start, int end, SharedStrings? shared)
{
    private int _at = start;

    public CacheReader(byte[] bytes) : this(bytes, 0, bytes.Length)
    {
    }

    public CacheReader(byte[] bytes, int start, int end) : this(bytes, start, end, null)
    {
    }

    public bool AtEnd => _at == end;

    public bool Bool() => Byte() switch
    {
        0 => false,
        1 => true,
        var other => throw new InvalidDataException($"{other} is not a yes/no"),
    };

    public byte Byte()
    {
        if (_at >= end) throw new InvalidDataException("the entry ends too early");
        return bytes[_at++];
    }

    public int Int()
    {
        var value = Long();
        return value is >= int.MinValue and <= int.MaxValue ? (int)value : throw new InvalidDataException($"{value} is too large");
    }

    public long Long()
    {
        ulong bits = 0;
        for (var shift = 0; shift < 70; shift += 7)
        {
            var next = Byte();
            bits |= (ulong)(next & 0x7f) << shift;
            if (next < 0x80) return (long)(bits >> 1) ^ -(long)(bits & 1);
        }

        throw new InvalidDataException("a number runs on too long");
    }

    public decimal Decimal()
    {
        Span<int> parts = [Int(), Int(), Int(), Int()];
        try
        {
            return new decimal(parts);
        }
        catch (ArgumentException)
        {
            throw new InvalidDataException("not a decimal number");
        }
    }

    public T Enum<T>() where T : struct, Enum
    {
        var value = Int();
        var result = System.Runtime.CompilerServices.Unsafe.As<int, T>(ref value);
        return System.Enum.IsDefined(result) ? result : throw new InvalidDataException($"{value} is not a {typeof(T).Name}");
    }

    public string String()
    {
        var span = Span(Int());
        if (shared is not null && span.Length <= SharedStrings.LongestShared) return shared.Of(span);
        try
        {
            return Strict.GetString(span);
        }
        catch (DecoderFallbackException)
        {
            throw new InvalidDataException("not UTF-8 text");
        }
    }

    public string? OptionalString() => Bool() ? String() : null;

    /// <summary>
    /// A string as its UTF-8 bytes, not decoded (to be decoded when needed): checked here, so bytes
    /// that are not UTF-8 are found while the entry is read, as <see cref="String"/> finds them.
    /// </summary>
    public ReadOnlyMemory<byte> Utf8()
    {
        var length = Int();
        var from = _at;
        if (!System.Text.Unicode.Utf8.IsValid(Span(length))) throw new InvalidDataException("not UTF-8 text");
        return new ReadOnlyMemory<byte>(bytes, from, length);
    }

    /// <summary>The next value's bytes, as written by <see cref="CacheWriter.Bytes"/>.</summary>
    public ArraySegment<byte> Segment()
    {
        var length = Int();
        var from = _at;
        Span(length);
        return new ArraySegment<byte>(bytes, from, length);
    }

    public ulong Fixed64() => BinaryPrimitives.ReadUInt64LittleEndian(Span(8));

    /// <summary>A SHA-256 written by <see cref="CacheWriter.HashBytes"/>: a view of its 32 bytes.</summary>
    public ReadOnlySpan<byte> HashBytes() => Span(32);

    /// <summary>A hash written by <see cref="CacheWriter.HashText"/>.</summary>
    public string HashText() => Byte() switch
    {
        1 => Convert.ToHexStringLower(Span(32)),
        0 => String(),
        var other => throw new InvalidDataException($"{other} is not a form of hash"),
    };

    /// <summary>A count of items, each at least one byte: a count larger than the bytes left is damage, not a reason to allocate.</summary>
    public int Count()
    {
        var count = Int();
        return count >= 0 && count <= end - _at ? count : throw new InvalidDataException($"{count} items cannot follow");
    }

    private ReadOnlySpan<byte> Span(int length)
    {
        if (length < 0 || length > end - _at) throw new InvalidDataException("the entry ends too early");
        var span = bytes.AsSpan(_at, length);
        _at += length;
        return span;
    }

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}

/// <summary>
/// A file of the engine's records (the build summary, the manifest, the output stamps, the back
/// tree's listing): four letters naming what it holds, its version, the body written with a
/// <see cref="CacheWriter"/>, and the XXH3 of all that. A file that is missing, cut short, changed by
/// one bit or of another version reads as none (null): damage costs a full build, never a wrong one.
/// </summary>
public static class CacheFile
{
    /// <summary>A writer with the kind and version written.</summary>
    public static CacheWriter Start(ReadOnlySpan<byte> kind, string version, int capacity = 256)
    {
        var writer = new CacheWriter(capacity + kind.Length + version.Length + 16);
        foreach (var letter in kind) writer.Byte(letter);
        writer.String(version);
        return writer;
    }

    /// <summary>Adds the checksum and writes the file in one atomic step.</summary>
    public static void Save(string path, CacheWriter writer)
    {
        writer.Fixed64(XxHash3.HashToUInt64(writer.Written));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        AtomicFile.Write(path, writer.Written);
    }

    /// <summary>A reader after the version, or null when the bytes are not a whole, undamaged file of this kind and version.</summary>
    public static CacheReader? Open(byte[] bytes, ReadOnlySpan<byte> kind, string version)
    {
        var body = bytes.Length - sizeof(ulong);
        if (body < kind.Length || !bytes.AsSpan(0, kind.Length).SequenceEqual(kind) ||
            XxHash3.HashToUInt64(bytes.AsSpan(0, body)) != BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(body)))
        {
            return null;
        }

        var reader = new CacheReader(bytes, kind.Length, body);
        return reader.String() == version ? reader : null;
    }

    /// <summary>
    /// The record in <paramref name="path"/> as <paramref name="read"/> makes it (null from it: not
    /// usable), or null when the file is missing, unreadable or damaged (<see cref="InvalidDataException"/>
    /// from the reader: the one signal of damage).
    /// </summary>
    public static T? Load<T>(string path, ReadOnlySpan<byte> kind, string version, Func<CacheReader, T?> read) where T : class
    {
        try
        {
            if (!File.Exists(path)) return null;
            var reader = Open(File.ReadAllBytes(path), kind, version);
            return reader is null ? null : read(reader);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return null;
        }
    }
}
