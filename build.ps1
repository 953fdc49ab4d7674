# Thin wrapper over the commands in README.md, for PowerShell users.
#   ./build.ps1          build the site from content/ into _site/
#   ./build.ps1 -Test    run the tests
#   ./build.ps1 -Serve   live preview on http://127.0.0.1:8080/
param(
    [switch]$Test,
    [switch]$Serve,
    [switch]$Drafts
)
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot

if ($Test) {
    dotnet test tests/ZoneReport.Tests
} elseif ($Serve) {
    $options = @('serve'); if ($Drafts) { $options += '--drafts' }
    dotnet run --project src/ZoneReport.Cli -- @options
} else {
    $options = @('build'); if ($Drafts) { $options += '--drafts' }
    dotnet run --project src/ZoneReport.Cli -- @options
}
exit $LASTEXITCODE
