using Network.Grains.Cases.Storage;

namespace Network.Grains.Queue;

/// <summary>One step of a queue change: its ledger row (without its patch yet) and the state right after it.</summary>
public sealed record QueueStep(CaseStep Row, QueueState After);

/// <summary>
/// The outcome of one command on a day's queue: its steps, each a ledger row about one ticket
/// (the ticket's number in <see cref="CaseStep.Detail"/>, its status before and after), with the
/// state after it. Committed as one transaction, or not at all.
/// </summary>
public sealed class QueueChange(QueueState before, DateTimeOffset at, string actorId)
{
    private readonly List<QueueStep> _steps = [];

    public QueueState Before { get; } = before;

    public QueueState Current { get; private set; } = before;

    public DateTimeOffset At { get; } = at;

    public IReadOnlyList<QueueStep> Steps => _steps;

    public QueueState After => _steps.Count > 0 ? _steps[^1].After : throw new InvalidOperationException("A change needs at least one step.");

    /// <summary>The version the stored row must still have (0: the day's queue is not stored yet).</summary>
    public int ExpectedVersion => Before.Version;

    /// <summary>The ticket the last step was about.</summary>
    public string? LastTicket => _steps.Count > 0 ? _steps[^1].Row.Detail : null;

    public string LastAction => _steps.Count > 0 ? _steps[^1].Row.Action : string.Empty;

    public QueueState Record(string action, Ticket? before, Ticket after, QueueState next)
    {
        var sequence = Current.LedgerSequence + 1;
        next = next with { LedgerSequence = sequence, Version = Before.Version + 1 };
        var row = new CaseStep(
            sequence,
            At,
            actorId,
            next.PointCode,
            after.WindowId,
            action,
            before?.Status.ToString(),
            after.Status.ToString(),
            after.Number,
            Changes: string.Empty);
        _steps.Add(new QueueStep(row, next));
        Current = next;
        return next;
    }
}
