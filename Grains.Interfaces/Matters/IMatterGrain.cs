using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Ledger;

namespace Network.Grains.Interfaces.Matters;

/// <summary>
/// One matter (办件), keyed by its receipt number (回执号). Every call names its actor; the grain
/// decides whether that actor may read or act, in the matter's present state, and refuses
/// otherwise (403 or 409 in the gateway). A call that changes the matter returns only after the
/// new state and its ledger rows are committed together; a refused call leaves it exactly as it
/// was. Each change answers with the matter as the actor now sees it, including what the actor
/// may do next. A matter only ever calls service points, windows and the calendar; none of them
/// calls a matter while a matter is calling it (see docs/call-graph.md).
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

    /// <summary>
    /// The one-time notice (一次性告知) during handling: once per matter, within five working days
    /// after intake; the deadline's clock stops until the materials arrive. Any further notice goes
    /// through the director (<see cref="AskSupplementApproval"/>, <see cref="ApproveSupplement"/>).
    /// </summary>
    Task<MatterView> RequestSupplement(RequestSupplementCommand command);

    /// <summary>The clerk asks the director to approve a further notice; the clock keeps running.</summary>
    Task<MatterView> AskSupplementApproval(AskSupplementApprovalCommand command);

    /// <summary>The director approves the pending request, or issues a further notice, with a reason; the clock stops.</summary>
    Task<MatterView> ApproveSupplement(ApproveSupplementCommand command);

    /// <summary>The director refuses the pending request with a reason.</summary>
    Task<MatterView> RefuseSupplement(RefuseSupplementCommand command);

    /// <summary>The director extends the promised limit once (延期), with a reason, within the law's margin.</summary>
    Task<MatterView> Extend(ExtendCommand command);

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

    /// <summary>Raises the yellow or red flags due by now, on a clerk's or director's request.</summary>
    Task<MatterView> CheckDeadlines(Actor actor);

    /// <summary>The matter as <paramref name="actor"/> sees it, or null when the receipt number was never used.</summary>
    Task<MatterView?> Get(Actor actor);

    /// <summary>The matter's ledger rows, oldest first.</summary>
    Task<IReadOnlyList<LedgerEntry>> GetHistory(Actor actor);

    /// <summary>
    /// The citizen's progress lookup (no sign-in): the progress only when <paramref name="proof"/>
    /// fits (the progress code or the full resident ID number, compared in constant time); a wrong
    /// proof is answered exactly as a receipt number that was never used. After
    /// <c>ProgressLookupLockout.MaxFailures</c> wrong proofs in a row every lookup of this receipt
    /// number is refused for <c>ProgressLookupLockout.LockFor</c>, for used and unused numbers alike.
    /// </summary>
    Task<ProgressLookup> GetForCitizen(ProgressProof proof);
}
