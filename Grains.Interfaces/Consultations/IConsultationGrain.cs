using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Matters;

namespace Network.Grains.Interfaces.Consultations;

/// <summary>
/// One consultation (咨询), keyed by its number (<see cref="CaseNumber.Consultation"/>): recorded
/// without intake, owned by the clerk who took the question (首问负责), never a matter unless turned
/// into one. Every call names its actor; the grain refuses (403/409) what the actor may not do now.
/// </summary>
public interface IConsultationGrain : IGrainWithStringKey
{
    /// <summary>Records the question (and the answer, if given on the spot). The same request again answers with the consultation as it stands.</summary>
    Task<ConsultationView> Record(RecordConsultationCommand command);

    Task<ConsultationView> Answer(AnswerConsultationCommand command);

    Task<ConsultationView> HandOver(HandOverConsultationCommand command);

    /// <summary>
    /// Takes the citizen's application in as a matter (the matter grain's intake, with this
    /// consultation linked) and records the link; answers with the matter. Bad input (applicant,
    /// item, materials) is refused before anything is stored.
    /// </summary>
    Task<MatterView> TurnIntoMatter(TurnConsultationIntoMatterCommand command);

    Task<ConsultationView?> Get(Actor actor);

    Task<IReadOnlyList<CaseHistoryRow>> GetHistory(Actor actor);
}
