namespace Network.Grains.Interfaces.OnlineFiling;

/// <summary>
/// What the applicant gets when they start an application: its number and the code (查询码) that,
/// with the number, lets them add files, submit and follow it on the progress page. Shown once;
/// stored sealed.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record OnlineApplicationReceipt(
    [property: Id(0)] string Number,
    [property: Id(1)] string Code,
    [property: Id(2)] string PointName,
    [property: Id(3)] string ItemName,
    [property: Id(4)] IReadOnlyList<string> RequiredMaterials)
{
    /// <summary>When it was sent at once (an Open311 request): the day its pre-examination is due.</summary>
    [Id(5)]
    public DateOnly? PreExamineBy { get; init; }
}
