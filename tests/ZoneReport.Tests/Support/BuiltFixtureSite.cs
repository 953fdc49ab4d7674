namespace ZoneReport.Tests.Support;

/// <summary>The fixture site, built once and shared by the tests of a class.</summary>
public sealed class BuiltFixtureSite : IDisposable
{
    public BuiltFixtureSite()
    {
        Site = new TestSite();
        Site.Build();
    }

    public TestSite Site { get; }

    public void Dispose() => Site.Dispose();
}
