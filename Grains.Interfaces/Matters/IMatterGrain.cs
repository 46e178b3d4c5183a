using Network.Grains.Interfaces.Ledger;

namespace Network.Grains.Interfaces.Matters;

/// <summary>
/// One matter (办件), keyed by its receipt number (回执号). Every call that changes it returns
/// only after the new state and its ledger rows are committed together; a refused call leaves
/// it exactly as it was. A matter only ever calls service points, windows and the calendar;
/// none of them calls a matter while a matter is calling it (see docs/call-graph.md).
/// </summary>
public interface IMatterGrain : IGrainWithStringKey
{
    /// <summary>
    /// Takes the matter in. Materials are checked against the item: missing ones produce one
    /// notice listing all of them; an immediate matter with all materials completes on the spot;
    /// a promised or joint matter gets a commitment slip. Repeating the same request is answered
    /// with the matter as it now stands; a different request for a used receipt number is refused.
    /// </summary>
    Task<MatterView> Accept(IntakeRequest request);

    Task<MatterView> SupplyMaterials(SupplyMaterialsCommand command);

    /// <summary>Asks for missing materials during handling; the deadline's clock stops until they arrive.</summary>
    Task<MatterView> RequestSupplement(RequestSupplementCommand command);

    Task<MatterView> Complete(CompleteCommand command);

    Task<MatterView> Return(ReturnCommand command);

    /// <summary>Hands the matter up one tier (代办). Retrying the same hand-off moves it only once.</summary>
    Task<MatterView> HandUp(HandUpCommand command);

    /// <summary>Hands the matter back down one tier with a reason.</summary>
    Task<MatterView> HandBack(HandBackCommand command);

    /// <summary>The deciding tier decides; the result travels down to the point of intake.</summary>
    Task<MatterView> Decide(DecideCommand command);

    /// <summary>The citizen collects the result at the point of intake.</summary>
    Task<MatterView> Deliver(DeliverCommand command);

    Task<MatterView> CompletePart(CompletePartCommand command);

    Task<MatterView> ReturnPart(ReturnPartCommand command);

    /// <summary>Passes first-inquiry responsibility to a named clerk.</summary>
    Task<MatterView> HandOver(HandOverCommand command);

    /// <summary>Gives the matter to the window's clerk on duty (A/B switch-over); idempotent.</summary>
    Task<MatterView> AssignHandler(string windowId, string clerkId);

    /// <summary>
    /// Raises the yellow or red flags that are due by now and recomputes a provisional deadline
    /// when its year's schedule has arrived. The matter's reminder calls this; so may anyone.
    /// </summary>
    Task<MatterView?> CheckDeadlines();

    /// <summary>The matter, or null when the receipt number was never used.</summary>
    Task<MatterView?> Get();

    /// <summary>The matter's ledger rows, oldest first.</summary>
    Task<IReadOnlyList<LedgerEntry>> GetHistory();
}
