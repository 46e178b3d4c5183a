using Network.Grains.Interfaces.Consultations;
using Network.Grains.Interfaces.Petitions;
using Network.Grains.Interfaces.ProxyErrands;

namespace Network.Gateway.Contracts;

// Bodies of the consultation, petition and proxy-errand operations. The acting clerk is never in a
// body: it is the signed-in user.

/// <summary>A question asked at the point (咨询): the topic, the answer if given on the spot, optionally who asked.</summary>
public sealed record RecordConsultationBody(ConsultationChannel Channel, string Topic, string? Answer = null, InquirerBody? Inquirer = null, string? WindowId = null);

/// <summary>Who asked, if they leave a name or number for the answer: sealed when stored.</summary>
public sealed record InquirerBody(string? Name = null, string? Phone = null);

public sealed record AnswerConsultationBody(string Answer);

public sealed record HandOverConsultationBody(string ToClerkId, string? Note = null);

/// <summary>The citizen applies after asking: the application as at intake, for any applicant.</summary>
public sealed record TurnIntoMatterBody(string WindowId, string ItemId, CitizenBody Applicant, IReadOnlyList<string> MaterialsHandedIn);

/// <summary>A petition (信访) registered at the point: how it came, the petitioner (any applicant), what is asked.</summary>
public sealed record RegisterPetitionBody(PetitionChannel Channel, CitizenBody Petitioner, string Request);

public sealed record AcceptPetitionBody(string? Note = null);

public sealed record DeclinePetitionBody(string Reason, string Referral);

public sealed record ExtendPetitionBody(int Days, string Reason);

public sealed record ReplyPetitionBody(string Reply);

public sealed record RecordErrandStepBody(ProxyErrandStep Step, string? Note = null);
