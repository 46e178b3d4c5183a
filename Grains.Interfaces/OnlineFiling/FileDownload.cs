namespace Network.Grains.Interfaces.OnlineFiling;

/// <summary>A file handed to a member of the handling staff: the gateway sends it as an attachment, never inline.</summary>
[GenerateSerializer, Immutable]
public sealed record FileDownload(
    [property: Id(0)] string FileName,
    [property: Id(1)] string ContentType,
    [property: Id(2)] byte[] Content);
