using Network.Grains.Interfaces.Accountability;
using Network.Grains.Interfaces.Complaints;
using Network.Grains.Interfaces.Supervision;

namespace Network.Gateway.Contracts;

// Bodies of the complaint, supervision-order and accountability operations. The acting person is
// never in a body: it is the signed-in user (or, on the public page, nobody).

/// <summary>Staff record a complaint (hall or supervision phone); no complainant: anonymous.</summary>
public sealed record RegisterComplaintBody(ComplaintChannel Channel, ComplaintType Type, ComplaintSubject Subject, string Content, ComplainantBody? Complainant = null);

/// <summary>A citizen's complaint or suggestion from the public page; no complainant: anonymous (no feedback).</summary>
public sealed record PublicComplaintBody(ComplaintType Type, ComplaintSubject Subject, string Content, ComplainantBody? Complainant = null);

/// <summary>A named complainant: sealed when stored, shown only to those who handle the complaint.</summary>
public sealed record ComplainantBody(string Name, string? Phone = null);

public sealed record InvestigateComplaintBody(string? Note = null);

public sealed record DecideComplaintBody(ComplaintFinding Finding, string Findings);

public sealed record ReplyComplaintBody(string Reply);

public sealed record ExtendComplaintBody(string Reason);

public sealed record IssueSupervisionOrderBody(SupervisionTarget Target, string Instructions, int WorkingDays);

public sealed record ReplySupervisionOrderBody(string Reply);

public sealed record AcceptSupervisionOrderBody(string? Note = null);

public sealed record SendBackSupervisionOrderBody(string Reason, int WorkingDays);

/// <summary>Accountability against a clerk or a window (or the clerk at that window), linked to the case it follows from.</summary>
public sealed record RecordAccountabilityBody(string PointCode, string Reason, AccountabilityMeasure Measure, AccountabilityLink Link, string? ClerkId = null, string? WindowId = null);
