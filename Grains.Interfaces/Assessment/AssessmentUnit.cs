namespace Network.Grains.Interfaces.Assessment;

/// <summary>
/// One assessed unit: a point (<see cref="WindowId"/> and <see cref="ClerkId"/> null), a window of a
/// point, or a clerk at a point (a clerk who works at two points is assessed at each).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AssessmentUnit(
    [property: Id(0)] AssessmentUnitKind Kind,
    [property: Id(1)] string PointCode,
    [property: Id(2)] string? WindowId = null,
    [property: Id(3)] string? ClerkId = null)
{
    public static AssessmentUnit Point(string pointCode) => new(AssessmentUnitKind.Point, pointCode);

    public static AssessmentUnit Window(string pointCode, string windowId) => new(AssessmentUnitKind.Window, pointCode, windowId);

    public static AssessmentUnit Clerk(string pointCode, string clerkId) => new(AssessmentUnitKind.Clerk, pointCode, null, clerkId);

    public override string ToString() => Kind switch
    {
        AssessmentUnitKind.Window => $"{PointCode}/{WindowId}",
        AssessmentUnitKind.Clerk => $"{PointCode}/~{ClerkId}",
        _ => PointCode,
    };
}
