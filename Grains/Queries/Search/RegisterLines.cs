using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Citizens;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Queries;
using Network.Grains.Interfaces.Time;
using Network.Grains.Matters;

namespace Network.Grains.Queries.Search;

/// <summary>
/// A matter as a line of the register (台帐), pure: the paper book's columns, the applicant masked,
/// the handler by name, and whether it was done on time.
/// </summary>
public static class RegisterLines
{
    public static RegisterLine From(MatterState state, DateOnly today, ClerkNames names)
    {
        var promised = PromisedOn(state);
        var completed = state.Outcome is { } outcome ? ChinaTime.DateOf(outcome.At) : (DateOnly?)null;
        return new RegisterLine(
            state.ReceiptNumber,
            state.PointCode,
            state.WindowId,
            state.ReceivedAt,
            MaskCitizen(state.Citizen),
            state.ItemName,
            state.Kind,
            state.MaterialsHandedIn,
            names.Clerk(state.HandlerClerkId) ?? state.HandlerClerkId,
            promised,
            completed,
            state.Status,
            ResultOf(state),
            TimelinessOf(state, promised, completed, today))
        {
            PointName = names.Point(state.PointCode),
            WindowName = names.Window(state.PointCode, state.WindowId),
        };
    }

    /// <summary>
    /// The promised date: the deadline of a promised or joint matter; for an immediate matter (即办件),
    /// the day its clock started (it is done on the spot); none while the clock has not started.
    /// </summary>
    public static DateOnly? PromisedOn(MatterState state) =>
        state.DueDate ?? (state.Kind == MatterKind.Immediate ? state.ClockStartedOn : null);

    /// <summary>
    /// On time (按时办结): closed on or before the promised date; late after it. Open: overdue once the
    /// promised date has passed, unless the clock is paused for a supplement; no promised date yet:
    /// not counted either way. A matter returned before its clock started has no promised date.
    /// </summary>
    public static Timeliness TimelinessOf(MatterState state, DateOnly? promised, DateOnly? completed, DateOnly today)
    {
        if (promised is not { } due)
        {
            return Timeliness.NoDeadline;
        }

        if (state.IsClosed)
        {
            return completed is { } done && done > due ? Timeliness.Late : Timeliness.OnTime;
        }

        return state.PausedSince is null && today > due ? Timeliness.Overdue : Timeliness.Pending;
    }

    /// <summary>The applicant as the register shows them (<see cref="Applicants.Masked"/>): a person's surname and masked number, an organisation's name and credit code, and the agent if one applied.</summary>
    public static string MaskCitizen(Citizen citizen) => Applicants.Masked(citizen);

    private static string? ResultOf(MatterState state)
    {
        var outcome = state.Outcome ?? (state.Status == MatterStatus.ResultReady ? state.Decision : null);
        return outcome switch
        {
            null => null,
            { Status: MatterStatus.Returned } o => string.Join(" ", new[] { o.Reason, o.LegalBasis }.Where(x => !string.IsNullOrWhiteSpace(x))),
            { } o => o.ResultNote,
        };
    }
}
