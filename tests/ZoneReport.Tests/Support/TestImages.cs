using SkiaSharp;

namespace ZoneReport.Tests.Support;

/// <summary>Images made on the spot, so the tests need no binary fixtures.</summary>
public static class TestImages
{
    /// <summary>A picture with a band at its top, so a turned image can be told from an upright one.</summary>
    public static byte[] Make(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(40, 90, 160));
            using var band = new SKPaint { Color = new SKColor(250, 200, 40) };
            canvas.DrawRect(0, 0, width, height / 4f, band);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>A JPEG whose EXIF says it must be turned (6: 90° clockwise), as phone cameras write them.</summary>
    public static byte[] JpegWithOrientation(int width, int height, ushort orientation)
    {
        var jpeg = Make(width, height, SKEncodedImageFormat.Jpeg);
        byte[] app1 =
        [
            0xFF, 0xE1, 0x00, 0x22, (byte)'E', (byte)'x', (byte)'i', (byte)'f', 0, 0,
            (byte)'M', (byte)'M', 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08, // big-endian TIFF header, first IFD at 8
            0x00, 0x01, // one entry
            0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, (byte)(orientation >> 8), (byte)orientation, 0x00, 0x00, // Orientation, SHORT, 1
            0x00, 0x00, 0x00, 0x00, // no next IFD
        ];
        return [.. jpeg[..2], .. app1, .. jpeg[2..]];
    }

    /// <summary>Width and height of an image file, and whether its top-left pixel is the band's yellow.</summary>
    public static (int Width, int Height, bool TopIsBand) Inspect(string path)
    {
        using var bitmap = SKBitmap.Decode(path);
        var corner = bitmap.GetPixel(2, 2);
        return (bitmap.Width, bitmap.Height, corner.Red > 200 && corner.Blue < 120);
    }
}
