using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Citizens;

namespace Network.Grains.Interfaces.Consultations;

/// <summary>
/// A clerk records a question asked at <paramref name="PointCode"/> (咨询登记), without intake: the
/// topic, the answer when given on the spot (null: to be answered), optionally who asked. The clerk
/// recording it is its first-inquiry owner (首问负责人).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RecordConsultationCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string PointCode,
    [property: Id(2)] ConsultationChannel Channel,
    [property: Id(3)] string Topic,
    [property: Id(4)] string? Answer,
    [property: Id(5)] Inquirer? Inquirer,
    [property: Id(6)] string? WindowId = null);

/// <summary>The owner records the answer given (答复).</summary>
[GenerateSerializer, Immutable]
public sealed record AnswerConsultationCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string Answer);

/// <summary>First-inquiry responsibility passes to a named clerk of the point (首问负责移交), with a note.</summary>
[GenerateSerializer, Immutable]
public sealed record HandOverConsultationCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string ToClerkId,
    [property: Id(2)] string? Note);

/// <summary>
/// The citizen applies after asking: the owner takes the application in as a matter at a window
/// they staff (受理), for any applicant (a person or an organisation, any document). The matter's
/// receipt number is the consultation's number without its ZX prefix, so both are linked and a
/// retry reaches the same matter.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record TurnConsultationIntoMatterCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string WindowId,
    [property: Id(2)] string ItemId,
    [property: Id(3)] Citizen Applicant,
    [property: Id(4)] IReadOnlyList<string> MaterialsHandedIn);
