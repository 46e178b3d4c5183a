using Network.Grains.Interfaces.Citizens;

namespace Network.Gateway.Contracts;

// Bodies of the matter operations. The acting clerk is never in a body: it is the signed-in user.

/// <summary>A citizen's application taken in at a window (受理).</summary>
public sealed record IntakeBody(string WindowId, string ItemId, CitizenBody Citizen, IReadOnlyList<string> MaterialsHandedIn);

/// <summary>
/// The applicant: a person or an organisation by its identity document (resident ID when
/// <paramref name="DocumentType"/> is left out; <paramref name="ResidentId"/> is the document's
/// number), optionally with an agent and the power of attorney's reference. Checked by the
/// document's own rule and masked in every answer.
/// </summary>
public sealed record CitizenBody(
    string Name,
    string ResidentId,
    string? Phone = null,
    IdentityDocumentType? DocumentType = null,
    string? IssuingState = null,
    AgentBody? Agent = null)
{
    public Citizen ToCitizen() => new(Name, ResidentId, Phone)
    {
        DocumentType = DocumentType ?? IdentityDocumentType.ResidentIdCard,
        IssuingState = IssuingState,
        Agent = Agent?.ToAgent(),
    };
}

/// <summary>An agent applying on the applicant's behalf (代理人) and the reference of the power of attorney (委托书).</summary>
public sealed record AgentBody(
    string Name,
    string DocumentNumber,
    string AuthorisationReference,
    IdentityDocumentType? DocumentType = null,
    string? IssuingState = null,
    string? Phone = null)
{
    public ApplicantAgent ToAgent() =>
        new(Name, DocumentType ?? IdentityDocumentType.ResidentIdCard, DocumentNumber, AuthorisationReference, Phone) { IssuingState = IssuingState };
}

public sealed record SupplyMaterialsBody(IReadOnlyList<string> Materials);

public sealed record RequestSupplementBody(IReadOnlyList<string> Missing);

/// <summary>A further notice after the one-time notice: the clerk asks the director, with a reason.</summary>
public sealed record AskSupplementApprovalBody(IReadOnlyList<string> Missing, string Reason);

/// <summary>The director approves the pending request (missing left out or empty) or issues a further notice naming what is missing.</summary>
public sealed record ApproveSupplementBody(string Reason, IReadOnlyList<string>? Missing = null);

public sealed record RefuseSupplementBody(string Reason);

/// <summary>The extension (延期) of a promised matter's limit, in working days, with a reason.</summary>
public sealed record ExtendBody(int WorkingDays, string Reason);

public sealed record CompleteBody(string? ResultNote = null);

public sealed record ReturnBody(string Reason, string LegalBasis);

/// <summary>Hand up one tier; at a village name the proxy agent who carries it (a proxy agent signed in carries it themself).</summary>
public sealed record HandUpBody(string? ProxyAgentId = null, string? Note = null);

public sealed record HandBackBody(string Reason);

public sealed record DecideBody(bool Approve, string? ResultNote = null, string? Reason = null, string? LegalBasis = null);

public sealed record CompletePartBody(string? Note = null);

public sealed record ReturnPartBody(string Reason, string LegalBasis);

public sealed record HandOverBody(string ToClerkId, string? Note = null);
