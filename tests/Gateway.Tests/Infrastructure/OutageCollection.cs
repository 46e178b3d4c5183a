namespace Network.Gateway.Tests.Infrastructure;

/// <summary>A collection of its own (its own PostgreSQL and silo): its tests stop the database.</summary>
[CollectionDefinition(Name)]
public sealed class OutageCollection : ICollectionFixture<GatewayFixture>
{
    public const string Name = "Gateway outage";
}
