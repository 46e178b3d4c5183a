namespace Network.Gateway.Tests.Infrastructure;

/// <summary>A collection of its own (its own PostgreSQL and silos): its tests kill silos.</summary>
[CollectionDefinition(Name)]
public sealed class SiloLossCollection : ICollectionFixture<SiloLossFixture>
{
    public const string Name = "Gateway silo loss";
}
