using Network.Grains.Cases.Storage;

namespace Network.Grains.Rectifications;

/// <summary>The steps of one command on a rectification, each with its ledger row and the state after it.</summary>
public sealed class RectificationChange(RectificationState? before, DateTimeOffset at, string actorId)
{
    private readonly List<(CaseStep Row, RectificationState After)> _steps = [];

    public RectificationState? Before { get; } = before;

    public RectificationState? Current { get; private set; } = before;

    public DateTimeOffset At { get; } = at;

    public IReadOnlyList<(CaseStep Row, RectificationState After)> Steps => _steps;

    public bool IsEmpty => _steps.Count == 0;

    public RectificationState After => _steps.Count > 0 ? _steps[^1].After : throw new InvalidOperationException("A change needs at least one step.");

    public int ExpectedVersion => Before?.Version ?? 0;

    public string LastAction => _steps.Count > 0 ? _steps[^1].Row.Action : string.Empty;

    public RectificationState Record(string action, RectificationState next, string? detail, string? pointCode = null)
    {
        var sequence = (Current?.LedgerSequence ?? 0) + 1;
        next = next with { LedgerSequence = sequence, Version = (Before?.Version ?? 0) + 1 };
        _steps.Add((new CaseStep(sequence, At, actorId, pointCode ?? next.PointCode, pointCode is null ? next.WindowId : null, action, Current?.Status.ToString(), next.Status.ToString(), detail, Changes: string.Empty), next));
        Current = next;
        return next;
    }
}
