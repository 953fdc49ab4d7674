using System.Buffers.Binary;
using System.Text;

namespace ZoneReport.Engine;

/// <summary>
/// Writes the engine's binary records (the manifest, the output stamps, the back listing): numbers
/// little-endian, strings as a 7-bit length and UTF-8, hashes as their 32 bytes. One growing buffer,
/// written to disk in one atomic step.
/// </summary>
internal sealed class StateWriter
{
    private byte[] _buffer;
    private int _length;

    public StateWriter(int capacity = 4096) => _buffer = new byte[Math.Max(capacity, 64)];

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    public void Int(long value)
    {
        var rest = (ulong)value;
        Ensure(10);
        while (rest >= 0x80)
        {
            _buffer[_length++] = (byte)(rest | 0x80);
            rest >>= 7;
        }

        _buffer[_length++] = (byte)rest;
    }

    public void Fixed(long value)
    {
        Ensure(8);
        BinaryPrimitives.WriteInt64LittleEndian(_buffer.AsSpan(_length), value);
        _length += 8;
    }

    public void String(string value)
    {
        Ensure(Encoding.UTF8.GetMaxByteCount(value.Length) + 10);
        var count = Encoding.UTF8.GetByteCount(value);
        Int(count);
        _length += Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_length));
    }

    /// <summary>A SHA-256 as hex text ("" for none): one flag byte, then its 32 bytes.</summary>
    public void Hash(string hex)
    {
        Ensure(33);
        // Only lower-case hex of 32 bytes reads back as the same text; anything else is kept as text.
        if (hex.Length == 64 && !hex.AsSpan().ContainsAnyInRange('A', 'Z') &&
            Convert.FromHexString(hex, _buffer.AsSpan(_length + 1, 32), out _, out _) == System.Buffers.OperationStatus.Done)
        {
            _buffer[_length++] = 1;
            _length += 32;
            return;
        }

        _buffer[_length++] = 0;
        String(hex);
    }

    /// <summary>A SHA-256 already in bytes (32 of them, written as <see cref="Hash(string)"/> writes a hex one).</summary>
    public void Hash(ReadOnlySpan<byte> hash)
    {
        if (hash.Length != 32) throw new ArgumentException("a SHA-256 has 32 bytes", nameof(hash));
        Ensure(33);
        _buffer[_length++] = 1;
        hash.CopyTo(_buffer.AsSpan(_length));
        _length += 32;
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        AtomicFile.Write(path, Written);
    }

    private void Ensure(int more)
    {
        if (_length + more <= _buffer.Length) return;
        Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + more));
    }
}

/// <summary>Reads what <see cref="StateWriter"/> wrote; a record cut short or damaged throws <see cref="FormatException"/>.</summary>
internal ref struct StateReader(ReadOnlySpan<byte> bytes)
{
    private readonly ReadOnlySpan<byte> _bytes = bytes;
    private int _at;

    public readonly bool AtEnd => _at == _bytes.Length;

    public long Int()
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (_at >= _bytes.Length) throw new FormatException("the record ends too soon");
            var b = _bytes[_at++];
            value |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80) return (long)value;
        }

        throw new FormatException("a number is too long");
    }

    public int Count()
    {
        var count = Int();
        // Every item takes a byte at least.
        if (count < 0 || count > _bytes.Length - _at) throw new FormatException("a count is out of range");
        return (int)count;
    }

    public long Fixed() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    public string String()
    {
        var length = Int();
        if (length < 0 || length > _bytes.Length - _at) throw new FormatException("a string runs past the end");
        return Encoding.UTF8.GetString(Take((int)length));
    }

    public string Hash() => Take(1)[0] switch
    {
        1 => Convert.ToHexStringLower(Take(32)),
        0 => String(),
        _ => throw new FormatException("a hash has an unknown form"),
    };

    /// <summary>A hash written from its 32 bytes, as bytes.</summary>
    public byte[] HashBytes() => Take(1)[0] == 1 ? Take(32).ToArray() : throw new FormatException("a hash was expected");

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > _bytes.Length - _at) throw new FormatException("the record ends too soon");
        var span = _bytes.Slice(_at, count);
        _at += count;
        return span;
    }
}
