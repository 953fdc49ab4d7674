using System.Net;
using System.Net.Sockets;
using ZoneReport.Cli.Commands;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Cli;

/// <summary>The conventions of the command line: help, version, exit codes, messages instead of traces.</summary>
public sealed class UsageTests
{
    [Fact]
    public void Help_lists_the_commands_and_exits_zero()
    {
        var (code, output, _) = CliRun.Run("--help");
        Assert.Equal(0, code);
        Assert.Contains("zonereport [command] [options]", output);
        foreach (var command in new[] { "build", "serve" }) Assert.Matches($@"\n  {command} +\S", output);
    }

    [Theory]
    [InlineData("build", "--source <DIR>", "--future")]
    [InlineData("serve", "--port <N>", "--drafts")]
    public void Each_command_has_its_own_help(string command, string option, string another)
    {
        var (code, output, _) = CliRun.Run(command, "--help");
        Assert.Equal(0, code);
        Assert.Contains($"zonereport {command} [options]", output);
        Assert.Contains(option, output);
        Assert.Contains(another, output);
    }

    [Fact]
    public void Version_prints_the_informational_version_of_the_tool()
    {
        var (code, output, _) = CliRun.Run("--version");
        Assert.Equal(0, code);
        Assert.Matches(@"^zonereport \d+\.\d+\.\d+(\+[0-9a-f]+)?\n$", output);
    }

    [Theory]
    [InlineData("Unrecognized command or argument 'publish'", "publish")]
    [InlineData("Unrecognized command or argument '--colour'", "build", "--colour")]
    [InlineData("Required command was not provided", new string[0])]
    [InlineData("--port takes a port number from 1 to 65535, not 'abc'", "serve", "--port", "abc")]
    [InlineData("--port takes a port number from 1 to 65535, not '70000'", "serve", "--port", "70000")]
    public void Usage_mistakes_say_what_is_wrong_and_exit_two(string message, params string[] args)
    {
        var (code, output, errors) = CliRun.Run(args);
        Assert.Equal(2, code);
        Assert.Contains($"error: {message}", errors);
        Assert.Matches(@"Usage: zonereport( \w+)?( <command>)? \[options\]; 'zonereport( \w+)? --help' lists them", errors);
        Assert.Empty(output);
    }

    [Fact]
    public void An_unknown_command_is_one_error_not_two()
    {
        var (_, _, errors) = CliRun.Run("publish");
        Assert.Equal(1, errors.Split('\n').Count(l => l.StartsWith("error: ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Serve_on_a_busy_port_says_so_and_exits_one()
    {
        using var site = new TestSite();
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var port = ((IPEndPoint)busy.LocalEndpoint).Port;

        var (code, _, errors) = CliRun.Run("serve", "--source", site.Folder, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(1, code);
        Assert.Contains($"error: cannot serve on http://127.0.0.1:{port}/", errors);
        Assert.Contains("choose another port with --port N", errors);
        Assert.DoesNotContain("   at ", errors);
    }

    [Fact]
    public void An_unexpected_failure_is_one_line_and_the_trace_only_with_verbose()
    {
        var exception = Thrown(() => throw new InvalidOperationException("the disk said no"));

        var quiet = new StringWriter();
        Assert.Equal(1, Failures.Report(exception, verbose: false, quiet));
        Assert.StartsWith("error: the disk said no (InvalidOperationException)", quiet.ToString());
        Assert.Contains("--verbose", quiet.ToString());
        Assert.DoesNotContain("   at ", quiet.ToString());

        var verbose = new StringWriter();
        Assert.Equal(1, Failures.Report(exception, verbose: true, verbose));
        Assert.Contains("   at ", verbose.ToString());
    }

    private static Exception Thrown(Action action)
    {
        try
        {
            action();
        }
        catch (Exception e)
        {
            return e;
        }

        throw new InvalidOperationException("expected a throw");
    }
}
