namespace Network.Gateway.Tests.Infrastructure;

/// <summary>A collection of its own: its gateway runs the production session settings on a clock the tests move.</summary>
[CollectionDefinition(Name)]
public sealed class SessionCollection : ICollectionFixture<SessionFixture>
{
    public const string Name = "Gateway sessions";
}
