namespace Network.Browser.Tests;

/// <summary>The security tests of the pages share one cluster and gateway (their own, apart from the other tests').</summary>
[CollectionDefinition(Name)]
public sealed class SecurityCollection : ICollectionFixture<NetworkFixture>
{
    public const string Name = "Pages and headers";
}
