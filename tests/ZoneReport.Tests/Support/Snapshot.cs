using System.Runtime.CompilerServices;
using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace ZoneReport.Tests.Support;

/// <summary>
/// Snapshot testing in the style of Verify: the page is normalised with AngleSharp and compared with
/// &lt;name&gt;.verified.html beside the test. On a mismatch &lt;name&gt;.received.html is written next to it
/// and the test fails with a line diff. To accept changes, run the tests with
/// ZONEREPORT_ACCEPT_SNAPSHOTS=1, or rename the received files to verified (see README.md).
/// </summary>
public static class Snapshot
{
    public static void Verify(string html, string name, [CallerFilePath] string testFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
        Directory.CreateDirectory(folder);
        var verifiedPath = Path.Combine(folder, name + ".verified.html");
        var receivedPath = Path.Combine(folder, name + ".received.html");
        var received = Normalize(html);
        var verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
        if (verified == received)
        {
            File.Delete(receivedPath);
            return;
        }

        if (Environment.GetEnvironmentVariable("ZONEREPORT_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verifiedPath, received);
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received);
        Assert.Fail(verified is null
            ? $"No snapshot yet for '{name}'. Review {receivedPath} and rename it to {name}.verified.html to accept it."
            : $"Snapshot '{name}' differs (- verified, + received); received written to {receivedPath}:\n{Diff(verified, received)}");
    }

    /// <summary>Parses and re-serialises the page, so that only meaningful differences remain.</summary>
    public static string Normalize(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        using var writer = new StringWriter { NewLine = "\n" };
        document.ToHtml(writer, new PrettyMarkupFormatter { Indentation = "  ", NewLine = "\n" });
        var lines = writer.ToString().Split('\n').Select(l => l.TrimEnd()).Where(l => l.Trim().Length > 0);
        return string.Join("\n", lines) + "\n";
    }

    private static string Diff(string expected, string actual)
    {
        var model = InlineDiffBuilder.Diff(expected, actual);
        var text = new StringBuilder();
        var lines = model.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var near = Enumerable.Range(Math.Max(0, i - 2), Math.Min(lines.Count, i + 3) - Math.Max(0, i - 2))
                .Any(j => lines[j].Type != ChangeType.Unchanged);
            if (!near) continue;
            var prefix = lines[i].Type switch { ChangeType.Inserted => "+ ", ChangeType.Deleted => "- ", _ => "  " };
            text.Append(prefix).Append(lines[i].Text).Append('\n');
        }

        return text.ToString();
    }
}
