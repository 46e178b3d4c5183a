using Network.Grains.Interfaces.Citizens;
using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Interfaces.Petitions;

/// <summary>
/// Staff register a petition at <paramref name="PointCode"/> (登记): the petitioner (a person or an
/// organisation, any document; sealed), how it came and what is asked.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RegisterPetitionCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string PointCode,
    [property: Id(2)] PetitionChannel Channel,
    [property: Id(3)] Citizen Petitioner,
    [property: Id(4)] string Request);

/// <summary>The director accepts the petition (受理), optionally naming the clerk who handles it.</summary>
[GenerateSerializer, Immutable]
public sealed record AcceptPetitionCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string? Note);

/// <summary>The director declines the petition (不予受理) with the reason and where the petitioner may turn.</summary>
[GenerateSerializer, Immutable]
public sealed record DeclinePetitionCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string Reason,
    [property: Id(2)] string Referral);

/// <summary>The one extension of the handling limit (延期), by 1 to 30 days, with the reason told to the petitioner.</summary>
[GenerateSerializer, Immutable]
public sealed record ExtendPetitionCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] int Days,
    [property: Id(2)] string Reason);

/// <summary>The written reply (书面答复意见): the finding and the reply as given to the petitioner.</summary>
[GenerateSerializer, Immutable]
public sealed record ReplyPetitionCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string Reply);
