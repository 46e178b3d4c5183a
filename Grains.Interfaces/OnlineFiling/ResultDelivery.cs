namespace Network.Grains.Interfaces.OnlineFiling;

/// <summary>How the applicant gets the result; <paramref name="Address"/> is required for <see cref="DeliveryMethod.Post"/> (sealed at rest).</summary>
[GenerateSerializer, Immutable]
public sealed record ResultDelivery(
    [property: Id(0)] DeliveryMethod Method,
    [property: Id(1)] string? Address);
