namespace Network.Gateway.Tests.Infrastructure;

/// <summary>A collection of its own: its gateway runs on a clock the tests move.</summary>
[CollectionDefinition(Name)]
public sealed class BudgetCollection : ICollectionFixture<BudgetFixture>
{
    public const string Name = "Gateway budget";
}
