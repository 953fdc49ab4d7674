namespace ZoneReport.Tests.Support;

/// <summary>A clock that always says the same time, so no test depends on today's date.</summary>
public sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>The "now" of tests that do not care which day it is: 1 June 2024, noon in Beijing.</summary>
    public static readonly DateTimeOffset Noon = new(2024, 6, 1, 12, 0, 0, TimeSpan.FromHours(8));

    public static readonly TestClock Default = new(Noon);

    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
