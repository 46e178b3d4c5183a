namespace Network.Grains.Interfaces.CatalogChanges;

/// <summary>What an actor can do with a proposed catalog change.</summary>
public enum CatalogChangeAction
{
    Read = 0,

    /// <summary>The city's director approves, with the day it takes effect.</summary>
    Approve = 1,

    /// <summary>The city's director refuses, with the reason.</summary>
    Refuse = 2,
}
