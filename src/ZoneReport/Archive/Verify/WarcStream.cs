using System.Text;

namespace ZoneReport.Archive.Verify;

/// <summary>A forward-only reader of a (possibly decompressing) stream by CRLF lines and by byte counts, counting its position.</summary>
internal sealed class WarcStream(Stream stream) : IDisposable
{
    private const int MaxLine = 1 << 16;
    private readonly BufferedStream _input = new(stream, 1 << 16);
    private int _peeked = -2;

    public long Position { get; private set; }

    public bool AtEnd => Peek() < 0;

    /// <summary>A header line without its line end; null at the end of the stream.</summary>
    public string? ReadLine(out bool endedWithBareLf)
    {
        endedWithBareLf = false;
        if (AtEnd) return null;
        var line = new List<byte>();
        while (true)
        {
            var b = Next();
            if (b < 0) return null;
            if (b == '\n')
            {
                endedWithBareLf = line.Count == 0 || line[^1] != '\r';
                if (!endedWithBareLf) line.RemoveAt(line.Count - 1);
                return Encoding.UTF8.GetString([.. line]);
            }

            line.Add((byte)b);
            if (line.Count > MaxLine) return null;
        }
    }

    /// <summary>Up to <paramref name="count"/> bytes; fewer only at the end of the stream.</summary>
    public byte[] ReadBytes(int count)
    {
        var buffer = new byte[count];
        var filled = 0;
        if (count > 0 && _peeked >= 0)
        {
            buffer[filled++] = (byte)_peeked;
            _peeked = -2;
        }
        else if (_peeked == -1)
        {
            return [];
        }

        while (filled < count)
        {
            var read = _input.Read(buffer, filled, count - filled);
            if (read == 0) break;
            filled += read;
        }

        Position += filled;
        return filled == count ? buffer : buffer[..filled];
    }

    private int Peek()
    {
        if (_peeked == -2) _peeked = _input.ReadByte();
        return _peeked;
    }

    private int Next()
    {
        var b = Peek();
        if (b >= 0)
        {
            _peeked = -2;
            Position++;
        }

        return b;
    }

    public void Dispose() => _input.Dispose();
}
