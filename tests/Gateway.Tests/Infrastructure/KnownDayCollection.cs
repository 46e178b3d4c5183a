namespace Network.Gateway.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class KnownDayCollection : ICollectionFixture<KnownDayFixture>
{
    public const string Name = "KnownDay";
}
