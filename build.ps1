<#
.SYNOPSIS
    Builds, tests or previews the ZoneReport site; any other zonereport command is passed through.

.DESCRIPTION
    A thin wrapper over the commands in README.md, for PowerShell users.

      ./build.ps1                      build the site into _site/
      ./build.ps1 -Test                run the tests (dotnet test)
      ./build.ps1 -Serve               live preview on http://127.0.0.1:8080/
      ./build.ps1 check --format json  any other zonereport command

    Every argument besides -Test and -Serve goes to zonereport unchanged
    (./build.ps1 --help lists the commands), or with -Test to dotnet
    test. The exit
    code is the command's own: 0 success, 1 errors in the content or the
    build, 2 a usage mistake.

.PARAMETER Test
    Run the tests. Further arguments go to dotnet test (for example --filter).

.PARAMETER Serve
    Build, serve the site on http://127.0.0.1:8080/ and rebuild when a file changes.

.EXAMPLE
    ./build.ps1
    Builds the site into _site/.

.EXAMPLE
    ./build.ps1 --drafts --output preview
    Builds with the drafts into preview/.

.EXAMPLE
    ./build.ps1 -Test

.EXAMPLE
    ./build.ps1 -Serve --port 8081

.EXAMPLE
    ./build.ps1 check --format json
    Any zonereport command with its options: check, new, list, export, verify, ...

.LINK
    README.md
#>
param(
    [switch]$Test,
    [switch]$Serve
)
# Not an advanced script ([CmdletBinding]) on purpose: PowerShell then leaves arguments such as
# --format or --port in $args as they were typed, and they reach zonereport unchanged.
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot

$cli = @('run', '--project', 'src/ZoneReport.Cli', '--')
if ($Test) {
    dotnet test tests/ZoneReport.Tests @args
} elseif ($Serve) {
    dotnet @cli serve @args
} elseif ($args.Count -gt 0 -and $args[0] -in '--help', '-h', '-?', '--version') {
    dotnet @cli @args
} elseif ($args.Count -eq 0 -or "$($args[0])".StartsWith('-')) {
    dotnet @cli build @args
} else {
    dotnet @cli @args
}
exit $LASTEXITCODE
