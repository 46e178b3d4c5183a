using Network.Grains.Interfaces.OnlineFiling;

namespace Network.Gateway.Contracts;

// Bodies of online filing (网上申报), the seal register and the Open311 clients. The acting person
// is never in a body: it is the signed-in user, or on the public pages the holder of the code.

/// <summary>
/// An applicant starts an online application for an item of the point's public catalog: a person or
/// an organisation (<see cref="CitizenBody.DocumentType"/>: resident ID by default, or the unified
/// social credit code, a passport, a permit), sealed when stored, shown only to the clerks who pre-examine.
/// </summary>
public sealed record StartOnlineApplicationBody(string ItemId, CitizenBody Applicant, string Description, DeliveryBody Delivery);

/// <summary>How the result reaches the applicant; an address for Post.</summary>
public sealed record DeliveryBody(DeliveryMethod Method, string? Address = null);

/// <summary>The applicant's code (查询码), in the body so no log or history keeps it.</summary>
public sealed record ApplicationCodeBody(string Code);

public sealed record NotifyMissingBody(IReadOnlyList<string> Missing, string Note);

public sealed record RefuseOnlineApplicationBody(string Reason, string? LegalBasis = null);

public sealed record IssueSealBody(string SerialNumber, string Name, string Scope, string CustodianId);

public sealed record RequestSealUseBody(string Purpose, string? ReceiptNumber = null, int Copies = 1);

public sealed record TransferSealBody(string CustodianId, string Reason);

public sealed record RetireSealBody(string Reason);

/// <summary>A director or the city monitor registers an Open311 client for the points within <paramref name="ScopeCode"/>.</summary>
public sealed record RegisterOpen311ClientBody(string Name, string ScopeCode);
