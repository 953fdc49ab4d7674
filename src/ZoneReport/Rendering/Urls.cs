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
        var from = fromFile.Split('/');
        var to = toFile.Split('/');
        var common = 0;
        while (common < from.Length - 1 && common < to.Length - 1 && from[common] == to[common]) common++;
        var ups = from.Length - 1 - common;
        return string.Concat(Enumerable.Repeat("../", ups)) + string.Join('/', to.Skip(common));
    }

    /// <summary>The public address of an output file: index.html is left off, as servers serve it for the folder.</summary>
    public static string Absolute(Uri baseUrl, string file)
    {
        var path = file.EndsWith("index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file;
        return baseUrl.AbsoluteUri + path;
    }
}
