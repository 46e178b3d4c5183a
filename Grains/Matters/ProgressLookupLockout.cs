namespace Network.Grains.Matters;

/// <summary>
/// The per-receipt-number lockout of the public progress lookup: after <see cref="MaxFailures"/>
/// wrong proofs in a row, every lookup of the number is refused for <see cref="LockFor"/>, even
/// with the right proof; a right proof resets the count. Kept by the matter's grain (for numbers
/// never used too, so a lock does not tell whether the number exists), in memory only: see
/// docs/security.md ("Nothing leaks to the anonymous") for why it need not survive a deactivation.
/// The grain is collected after two idle minutes, so each wrong proof keeps its activation for
/// <see cref="LockFor"/> (<c>DelayDeactivation</c>): the count and the lock last at least as long
/// as they did under Orleans' default collection age of 15 minutes.
/// Not thread-safe: the grain's turns are its only callers.
/// </summary>
internal sealed class ProgressLookupLockout
{
    /// <summary>Wrong proofs in a row before the number is locked.</summary>
    public const int MaxFailures = 5;

    /// <summary>How long a locked number stays locked.</summary>
    public static readonly TimeSpan LockFor = TimeSpan.FromMinutes(15);

    private int _failures;
    private DateTimeOffset? _lockedUntil;

    /// <summary>The end of the lock in force at <paramref name="now"/>, if any (an expired lock is lifted and the count starts again).</summary>
    public DateTimeOffset? LockedAt(DateTimeOffset now)
    {
        if (_lockedUntil is { } until && now >= until)
        {
            (_lockedUntil, _failures) = (null, 0);
        }

        return _lockedUntil;
    }

    /// <summary>Counts a wrong proof; the one that reaches <see cref="MaxFailures"/> starts the lock.</summary>
    public void Failed(DateTimeOffset now)
    {
        if (++_failures >= MaxFailures)
        {
            _lockedUntil = now + LockFor;
        }
    }

    public void Succeeded() => _failures = 0;
}
