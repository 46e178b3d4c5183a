using Network.Grains.Cases.Storage;

namespace Network.Grains.Duty;

/// <summary>
/// The outcome of one command on a roster or an attendance sheet: its ledger steps, each with the
/// state after it (and the version it has once committed). Empty when nothing changed.
/// </summary>
public sealed class DutyChange<TState>(TState before, int version, int ledgerSequence, DateTimeOffset at, string actorId)
    where TState : class
{
    private readonly List<(CaseStep Row, TState After)> _steps = [];

    public TState Before { get; } = before;

    /// <summary>The version the stored case must still have (0: it must not exist yet).</summary>
    public int ExpectedVersion { get; } = version;

    public TState After => _steps.Count > 0 ? _steps[^1].After : Before;

    public IReadOnlyList<(CaseStep Row, TState After)> Steps => _steps;

    public bool IsEmpty => _steps.Count == 0;

    public int NewVersion => ExpectedVersion + 1;

    /// <summary>Records a step: <paramref name="next"/> is built by <paramref name="stamp"/> with the step's sequence and the new version.</summary>
    public TState Record(string action, string? statusBefore, string statusAfter, Func<int, int, TState> stamp, string pointCode, string? windowId = null, string? detail = null)
    {
        var sequence = ledgerSequence + _steps.Count + 1;
        var next = stamp(sequence, NewVersion);
        _steps.Add((new CaseStep(sequence, at, actorId, pointCode, windowId, action, ExpectedVersion == 0 && _steps.Count == 0 ? null : statusBefore, statusAfter, detail, string.Empty), next));
        return next;
    }
}
