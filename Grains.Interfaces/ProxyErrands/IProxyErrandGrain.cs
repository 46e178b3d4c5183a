using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Interfaces.ProxyErrands;

/// <summary>
/// The proxy register entry (代办登记) of one matter, keyed by its receipt number: the seven steps of
/// 帮办代办 in order, the call-back (回访) last, flagged when not made within the configured working
/// days of delivery. Every call names its actor; refusals are 403/409 problems.
/// </summary>
public interface IProxyErrandGrain : IGrainWithStringKey
{
    /// <summary>Opens the entry for a matter an agent applied for (委托书 recorded at intake). The same request again answers with it as it stands.</summary>
    Task<ProxyErrandView> Open(OpenProxyErrandCommand command);

    Task<ProxyErrandView> RecordStep(RecordErrandStepCommand command);

    Task<ProxyErrandView?> Get(Actor actor);

    Task<IReadOnlyList<CaseHistoryRow>> GetHistory(Actor actor);
}
