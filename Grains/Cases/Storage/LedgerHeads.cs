using System.Collections.Concurrent;
using Network.Database;

namespace Network.Grains.Cases.Storage;

/// <summary>
/// The last ledger row's sequence and hash of the cases this silo recently wrote or read, so the
/// case store sends each new row with its hash in the case's chain (<see cref="LedgerChain"/>)
/// instead of leaving it to the database's trigger, which would look the previous row up and hash
/// it again for every row (about 65 µs a row, measured: docs/benchmarks.md).
/// <para>
/// A head is only ever true: it is recorded after the commit that wrote it, or as read from the
/// database, and a case's row of a given sequence is written once (unique per case). A row whose
/// previous head is not known here (a case not loaded on this silo since the cache last emptied)
/// is sent without its hash, and the trigger (<c>107_roles_and_ledger_chain.sql</c>) chains it.
/// Bounded: when it holds <see cref="Capacity"/> cases it starts again empty.
/// </para>
/// </summary>
public sealed class LedgerHeads(int capacity = LedgerHeads.DefaultCapacity)
{
    /// <summary>Cases remembered at most (about 100 bytes each).</summary>
    public const int DefaultCapacity = 200_000;

    private readonly ConcurrentDictionary<(string Kind, string CaseId), Head> _heads = new();

    // Cases added since the last clearing (ConcurrentDictionary.Count takes every lock: too dear per commit).
    private int _added;

    public int Capacity => capacity;

    /// <summary>
    /// The hash each of <paramref name="steps"/> has in the case's chain, or null when the hash
    /// of the row before the first step is not known here (the database computes them then).
    /// </summary>
    public byte[][]? Chain(string kind, string caseId, IReadOnlyList<CaseStep> steps)
    {
        var first = steps[0].Sequence;
        byte[] previous;
        if (first == 1)
        {
            previous = LedgerChain.Genesis.ToArray();
        }
        else if (_heads.TryGetValue((kind, caseId), out var head) && head.Sequence == first - 1)
        {
            previous = head.Hash;
        }
        else
        {
            return null;
        }

        var hashes = new byte[steps.Count][];
        for (var i = 0; i < steps.Count; i++)
        {
            var s = steps[i];
            if (i > 0 && s.Sequence != steps[i - 1].Sequence + 1)
            {
                return null;
            }

            previous = hashes[i] = LedgerChain.Link(
                previous, kind, caseId, s.Sequence, s.OccurredAt, s.ActorId, s.PointCode, s.WindowId,
                s.Action, s.StatusBefore, s.StatusAfter, s.Detail, s.Changes);
        }

        return hashes;
    }

    /// <summary>Records the case's last row: written by a commit that has committed, or read from the database.</summary>
    public void Record(string kind, string caseId, int sequence, byte[] hash)
    {
        var head = new Head(sequence, hash);
        var key = (kind, caseId);
        while (true)
        {
            if (_heads.TryGetValue(key, out var old))
            {
                if (old.Sequence >= sequence || _heads.TryUpdate(key, head, old))
                {
                    return;
                }
            }
            else if (_heads.TryAdd(key, head))
            {
                if (Interlocked.Increment(ref _added) > capacity)
                {
                    Interlocked.Exchange(ref _added, 0);
                    _heads.Clear();
                }

                return;
            }
        }
    }

    private sealed record Head(int Sequence, byte[] Hash);
}
