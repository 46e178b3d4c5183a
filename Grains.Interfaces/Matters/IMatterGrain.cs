using Network.Grains.Interfaces.Ledger;

namespace Network.Grains.Interfaces.Matters;

/// <summary>
/// One matter (办件), keyed by its receipt number (回执号). Every call that changes it returns
/// only after the new state and its ledger rows are committed together; a refused call leaves
/// it exactly as it was.
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

    Task<MatterView> Complete(CompleteCommand command);

    Task<MatterView> Return(ReturnCommand command);

    /// <summary>The matter, or null when the receipt number was never used.</summary>
    Task<MatterView?> Get();

    /// <summary>The matter's ledger rows, oldest first.</summary>
    Task<IReadOnlyList<LedgerEntry>> GetHistory();
}
