namespace Network.Gateway.Tests.Infrastructure;

/// <summary>A collection of its own (its own PostgreSQL and silo): its test stops the database.</summary>
[CollectionDefinition(Name)]
public sealed class ReleaseOutageCollection : ICollectionFixture<GatewayFixture>
{
    public const string Name = "Gateway idempotency release outage";
}
