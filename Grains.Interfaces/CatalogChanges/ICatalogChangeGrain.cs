using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Interfaces.CatalogChanges;

/// <summary>
/// One proposed change of a point's implementation list (目录变更申请), keyed by its number
/// (<see cref="CaseNumber.CatalogChange"/>): the point's director proposes, the city's director
/// approves with an effective date or refuses with a reason; an approved change becomes the item's
/// next version at the point from that day.
/// </summary>
public interface ICatalogChangeGrain : IGrainWithStringKey
{
    /// <summary>Proposes the change. Repeating the same request answers with the change as it stands.</summary>
    Task<CatalogChangeView> Propose(ProposeCatalogChangeCommand command);

    Task<CatalogChangeView> Approve(ApproveCatalogChangeCommand command);

    Task<CatalogChangeView> Refuse(RefuseCatalogChangeCommand command);

    Task<CatalogChangeView?> Get(Actor actor);

    Task<IReadOnlyList<CaseHistoryRow>> GetHistory(Actor actor);
}
