namespace ZoneReport.Rendering;

/// <summary>
/// Addresses between pages. Links are relative and name index.html, so the output folder works from
/// any web server path and straight from the disk, with no server at all.
/// </summary>
public static class Urls
{
    /// <summary>The link from one output file to another, e.g. from zh/a/b/index.html to zh/a/index.html: ../index.html.</summary>
    public static string Relative(string fromFile, string toFile)
    {
        // The folders both paths start with are skipped (the same characters up to `start`, which
        // both have, folder by folder); every folder of fromFile after them is one "../". Called
        // for every link of every page, so no arrays of segments.
        var start = 0;
        while (true)
        {
            var fromSlash = fromFile.IndexOf('/', start);
            var toSlash = toFile.IndexOf('/', start);
            if (fromSlash < 0 || fromSlash != toSlash || !fromFile.AsSpan(start, fromSlash - start).SequenceEqual(toFile.AsSpan(start, toSlash - start))) break;
            start = fromSlash + 1;
        }

        var ups = fromFile.AsSpan(start).Count('/');
        if (ups == 0) return start == 0 ? toFile : toFile[start..];
        return string.Create(ups * 3 + toFile.Length - start, (ups, toFile, start), static (span, state) =>
        {
            for (var i = 0; i < state.ups; i++) "../".CopyTo(span[(i * 3)..]);
            state.toFile.AsSpan(state.start).CopyTo(span[(state.ups * 3)..]);
        });
    }

    /// <summary>The public address of an output file: index.html is left off, as servers serve it for the folder.</summary>
    public static string Absolute(Uri baseUrl, string file)
    {
        var path = file.EndsWith("index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file;
        return baseUrl.AbsoluteUri + path;
    }
}
