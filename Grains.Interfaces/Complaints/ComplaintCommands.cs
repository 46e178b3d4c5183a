using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Interfaces.Complaints;

/// <summary>
/// Staff record a complaint at the hall or from the supervision phone, about a point
/// (<paramref name="PointCode"/>: the point the complaint is about). <paramref name="Complainant"/>
/// null: anonymous (no feedback then).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RegisterComplaintCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string PointCode,
    [property: Id(2)] ComplaintChannel Channel,
    [property: Id(3)] ComplaintType Type,
    [property: Id(4)] ComplaintSubject Subject,
    [property: Id(5)] string Content,
    [property: Id(6)] Complainant? Complainant);

/// <summary>
/// A citizen files a complaint or suggestion on the public page (no sign-in): about a point, its
/// window, staff or a matter; anonymous when <paramref name="Complainant"/> is null.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PublicComplaintRequest(
    [property: Id(0)] string PointCode,
    [property: Id(1)] ComplaintType Type,
    [property: Id(2)] ComplaintSubject Subject,
    [property: Id(3)] string Content,
    [property: Id(4)] Complainant? Complainant);

/// <summary>The handling point acknowledges the complaint (受理).</summary>
[GenerateSerializer, Immutable]
public sealed record AcknowledgeComplaintCommand([property: Id(0)] Actor Actor);

/// <summary>The investigation starts (调查核实), with an optional note of who looks into it.</summary>
[GenerateSerializer, Immutable]
public sealed record InvestigateComplaintCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string? Note);

/// <summary>The decision with its findings (处理决定).</summary>
[GenerateSerializer, Immutable]
public sealed record DecideComplaintCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] ComplaintFinding Finding,
    [property: Id(2)] string Findings);

/// <summary>The reply to the complainant (答复), as told to them.</summary>
[GenerateSerializer, Immutable]
public sealed record ReplyComplaintCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string Reply);

/// <summary>Filing (归档).</summary>
[GenerateSerializer, Immutable]
public sealed record FileComplaintCommand([property: Id(0)] Actor Actor);

/// <summary>The one extension of a transferred complaint's reply deadline, to 15 working days (延期), with its reason.</summary>
[GenerateSerializer, Immutable]
public sealed record ExtendComplaintCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string Reason);
