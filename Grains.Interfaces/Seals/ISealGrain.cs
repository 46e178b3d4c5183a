using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Interfaces.Seals;

/// <summary>
/// One numbered seal of a point (印章), keyed by <see cref="SealKey"/>: issued, transferred and
/// retired with a record; every use asked for, approved by a director and registered by the
/// custodian; a use without approval is refused. Changes return only after they are committed.
/// </summary>
public interface ISealGrain : IGrainWithStringKey
{
    Task<SealView> Issue(IssueSealCommand command);

    Task<SealView> RequestUse(RequestSealUseCommand command);

    Task<SealView> ApproveUse(ApproveSealUseCommand command);

    Task<SealView> RecordUse(RecordSealUseCommand command);

    Task<SealView> Transfer(TransferSealCommand command);

    Task<SealView> Retire(RetireSealCommand command);

    Task<SealView?> Get(Actor actor);

    Task<IReadOnlyList<CaseHistoryRow>> GetHistory(Actor actor);
}
