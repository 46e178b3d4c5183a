namespace Network.Grains.Interfaces.OnlineFiling;

/// <summary>
/// One uploaded file of an online application, as the case records it (the bytes are kept apart,
/// outside the web root, and served only to the point's handling staff): which material it is,
/// the name it was uploaded under, its type as its content proved it, its size and SHA-256.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ApplicationFile(
    [property: Id(0)] string Id,
    [property: Id(1)] string Material,
    [property: Id(2)] string FileName,
    [property: Id(3)] string ContentType,
    [property: Id(4)] long Size,
    [property: Id(5)] string Sha256,
    [property: Id(6)] DateTimeOffset UploadedAt);
