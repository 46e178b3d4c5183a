using Network.Grains.Cases.Storage;

namespace Network.Grains.Appointments;

/// <summary>One step of a book's change: its ledger row (booking code in the detail) and the state after it.</summary>
public sealed record AppointmentStep(CaseStep Row, AppointmentBookState After);

/// <summary>The outcome of one command on a day's book: its steps, committed as one transaction or not at all.</summary>
public sealed class AppointmentChange(AppointmentBookState before, DateTimeOffset at, string actorId)
{
    private readonly List<AppointmentStep> _steps = [];

    public AppointmentBookState Before { get; } = before;

    public AppointmentBookState Current { get; private set; } = before;

    public IReadOnlyList<AppointmentStep> Steps => _steps;

    public bool IsEmpty => _steps.Count == 0;

    public AppointmentBookState After => _steps.Count > 0 ? _steps[^1].After : throw new InvalidOperationException("A change needs at least one step.");

    public int ExpectedVersion => Before.Version;

    public AppointmentBookState Record(string action, Booking? before, Booking after, AppointmentBookState next)
    {
        var sequence = Current.LedgerSequence + 1;
        next = next with { LedgerSequence = sequence, Version = Before.Version + 1 };
        _steps.Add(new AppointmentStep(
            new CaseStep(sequence, at, actorId, next.PointCode, after.WindowId, action, before?.Status.ToString(), after.Status.ToString(), after.Code, Changes: string.Empty),
            next));
        Current = next;
        return next;
    }
}
