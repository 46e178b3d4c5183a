namespace Network.Grains.Interfaces.Complaints;

/// <summary>
/// What the public page shows after filing: the complaint's number and its deadlines, nothing
/// personal. An anonymous complaint gets no feedback, so <see cref="ReplyBy"/> is a promise of
/// handling, not of an answer.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PublicComplaintReceipt(
    [property: Id(0)] string Number,
    [property: Id(1)] string PointName,
    [property: Id(2)] ComplaintType Type,
    [property: Id(3)] bool Anonymous,
    [property: Id(4)] DateOnly AcknowledgeBy,
    [property: Id(5)] DateOnly ReplyBy);
