using System.Text;
using ZoneReport.Diagnostics;

namespace ZoneReport.Output;

/// <summary>
/// The build writes into a fresh folder beside the output folder and swaps it in only when every
/// page succeeded. A failed build deletes its staging folder and leaves the last good site as it was.
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _target;
    private bool _published;

    public StagingFolder(string outputFolder)
    {
        _target = Path.GetFullPath(outputFolder);
        var parent = Path.GetDirectoryName(_target) ?? throw new ArgumentException("the output folder cannot be a root", nameof(outputFolder));
        Directory.CreateDirectory(parent);
        Root = Path.Combine(parent, $".{Path.GetFileName(_target)}.staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public void WriteText(string relativePath, string text) =>
        WriteBytes(relativePath, Utf8.GetBytes(text.Contains('\r') ? text.Replace("\r\n", "\n") : text));

    public void WriteBytes(string relativePath, byte[] content)
    {
        var full = Resolve(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
    }

    public void CopyFile(string source, string relativePath)
    {
        var full = Resolve(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.Copy(source, full, overwrite: true);
    }

    /// <summary>Turns a path inside the site into a file path, refusing anything that would land outside it.</summary>
    public string Resolve(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(Root, relativePath));
        if (Path.IsPathRooted(relativePath) || !full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new BuildException(SourceLocation.FileOnly(relativePath), $"refusing to write '{relativePath}' outside the output folder",
                "file and folder names in content/ may only hold lower-case letters, digits and '-'");
        }

        return full;
    }

    /// <summary>Replaces the output folder with the staged one.</summary>
    public void Publish()
    {
        string? old = null;
        if (Directory.Exists(_target))
        {
            old = Root.Replace(".staging-", ".old-", StringComparison.Ordinal);
            Directory.Move(_target, old);
        }

        Directory.Move(Root, _target);
        _published = true;
        if (old is not null) Directory.Delete(old, recursive: true);
    }

    public void Dispose()
    {
        if (!_published && Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}
