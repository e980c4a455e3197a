namespace PeaceOps.Ops.EndToEnd.Tests.Browser;

/// <summary>Browser tests share one product and one Chromium: starting either per test would dominate the run time.</summary>
[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardFixture>
{
    public const string Name = "dashboard";
}
