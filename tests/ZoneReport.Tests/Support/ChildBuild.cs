using System.Diagnostics;

namespace ZoneReport.Tests.Support;

/// <summary>
/// The real command line in a process of its own (<c>dotnet ZoneReport.Cli.dll build ...</c>), as an
/// editor starts it from a terminal, so that a test can kill it (SIGKILL) or run two at once.
/// </summary>
public sealed class ChildBuild : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _output;
    private readonly Task<string> _errors;

    private ChildBuild(Process process)
    {
        _process = process;
        _output = process.StandardOutput.ReadToEndAsync();
        _errors = process.StandardError.ReadToEndAsync();
    }

    /// <summary>Starts <c>build --source <paramref name="siteFolder"/></c> with <paramref name="extra"/> arguments.</summary>
    public static ChildBuild Start(string siteFolder, params string[] extra)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "ZoneReport.Cli.dll");
        var start = new ProcessStartInfo(Dotnet, ["exec", cli, "build", "--source", siteFolder, .. extra])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return new ChildBuild(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"));
    }

    /// <summary>Runs one build to its end.</summary>
    public static (int Code, string Output, string Errors) Run(string siteFolder, params string[] extra)
    {
        using var child = Start(siteFolder, extra);
        return child.Wait();
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Waits for the build to end (at most two minutes) and returns what it printed.</summary>
    public (int Code, string Output, string Errors) Wait()
    {
        if (!_process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            _process.Kill();
            throw new TimeoutException("the build did not end within two minutes");
        }

        return (_process.ExitCode, _output.Result, _errors.Result);
    }

    /// <summary>kill -9: the process ends at once, without running a line of its own clean-up.</summary>
    public void KillHard()
    {
        try
        {
            _process.Kill(); // SIGKILL on Unix
        }
        catch (InvalidOperationException)
        {
            // It had already ended.
        }

        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited) KillHard();
        _process.Dispose();
    }

    /// <summary>The dotnet host running these tests (the SDK names it in DOTNET_HOST_PATH), else the one on PATH.</summary>
    private static string Dotnet =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host
        : Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self
        : "dotnet";
}
