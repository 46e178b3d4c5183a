using Network.Grains.Interfaces.Ledger;
using Orleans.Concurrency;

namespace Network.Grains.Interfaces.Queries;

/// <summary>
/// Read-only lists over the matter table and the ledger, for queues, reports and reconciliation.
/// A stateless worker: Orleans runs as many as there is load, on every silo, so lists never queue
/// behind one grain. Key: any string (use 0). The grain itself checks that the actor's
/// jurisdiction reaches the point asked about (<see cref="Cases.Actor.Reaches"/>), whoever calls it.
/// </summary>
public interface IMatterQueryGrain : IGrainWithIntegerKey
{
    Task<IReadOnlyList<MatterSummary>> ListMatters(Cases.Actor actor, MatterQuery query);

    Task<IReadOnlyList<LedgerEntry>> ListLedger(Cases.Actor actor, LedgerQuery query);

    /// <summary>Finding matters (查找办件): one page, by deadline, after the page before (keyset). Clerks by name.</summary>
    Task<MatterSearchPage> Search(Cases.Actor actor, MatterSearch search);

    /// <summary>
    /// One batch of a register (台帐) in the order matters were taken in; a screen or an export reads
    /// batch after batch with <see cref="RegisterQuery.After"/>, so a city-year never sits in memory.
    /// </summary>
    Task<RegisterPage> ReadRegister(Cases.Actor actor, RegisterQuery query);
}
