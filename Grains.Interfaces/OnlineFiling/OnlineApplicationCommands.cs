using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Citizens;

namespace Network.Grains.Interfaces.OnlineFiling;

/// <summary>
/// An applicant starts an online application on the public pages (no sign-in): the item of the
/// point's public catalog, the applicant, what they ask for (the form's text) and how they want the
/// result. <paramref name="Channel"/> names where it came from: the public page, or an Open311
/// client by its registered name.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record StartOnlineApplicationRequest(
    [property: Id(0)] string PointCode,
    [property: Id(1)] string ItemId,
    [property: Id(2)] Citizen Applicant,
    [property: Id(3)] string Description,
    [property: Id(4)] ResultDelivery Delivery,
    [property: Id(5)] string Channel)
{
    /// <summary>Send it to the point at once (an Open311 request, which carries no files: the notice asks for them).</summary>
    [Id(6)]
    public bool SubmitAtOnce { get; init; }
}

/// <summary>The applicant adds a file of one of the item's materials (only while filling it in or after a notice), proving who they are with the code.</summary>
[GenerateSerializer, Immutable]
public sealed record AddApplicationFileRequest(
    [property: Id(0)] string Code,
    [property: Id(1)] string Material,
    [property: Id(2)] string FileName,
    [property: Id(3)] byte[] Content);

/// <summary>The applicant sends the application to the point (again, after a notice).</summary>
[GenerateSerializer, Immutable]
public sealed record SubmitOnlineApplicationRequest([property: Id(0)] string Code);

/// <summary>A clerk of the item's window accepts it (受理): it becomes a matter with the uploaded materials.</summary>
[GenerateSerializer, Immutable]
public sealed record AcceptOnlineApplicationCommand([property: Id(0)] Actor Actor);

/// <summary>A clerk of the item's window tells the applicant, once, every material that is missing or unusable (一次性告知).</summary>
[GenerateSerializer, Immutable]
public sealed record NotifyMissingMaterialsCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] IReadOnlyList<string> Missing,
    [property: Id(2)] string Note);

/// <summary>A clerk of the item's window refuses it (不予受理) with the reason and, where there is one, its legal basis.</summary>
[GenerateSerializer, Immutable]
public sealed record RefuseOnlineApplicationCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string Reason,
    [property: Id(2)] string? LegalBasis);
