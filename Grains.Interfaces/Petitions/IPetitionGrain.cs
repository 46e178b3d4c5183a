using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Interfaces.Petitions;

/// <summary>
/// One petition (信访事项), keyed by its number (<see cref="CaseNumber.Petition"/>): registered, a
/// decision to accept within 15 days, a written reply within 60 days of acceptance (once extendable
/// by up to 30), yellow and red flags by the point's deadline sweep. Not a matter. Every call names
/// its actor; the grain refuses (403/409) what the actor may not do now.
/// </summary>
public interface IPetitionGrain : IGrainWithStringKey
{
    /// <summary>Registers the petition. The same request again answers with it as it stands.</summary>
    Task<PetitionView> Register(RegisterPetitionCommand command);

    Task<PetitionView> Accept(AcceptPetitionCommand command);

    Task<PetitionView> Decline(DeclinePetitionCommand command);

    Task<PetitionView> Extend(ExtendPetitionCommand command);

    Task<PetitionView> Reply(ReplyPetitionCommand command);

    Task<PetitionView?> Get(Actor actor);

    Task<IReadOnlyList<CaseHistoryRow>> GetHistory(Actor actor);
}
