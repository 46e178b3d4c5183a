namespace Network.Grains.Interfaces.Seals;

/// <summary>
/// A point's seal register (印章登记簿) as one actor sees it: every seal (each with its own allowed
/// actions) and what the actor may do to the register itself — <see cref="SealAction.Issue"/> for
/// the point's directors and those above.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SealRegisterView(
    [property: Id(0)] string PointCode,
    [property: Id(1)] string PointName,
    [property: Id(2)] IReadOnlyList<SealView> Seals,
    [property: Id(3)] IReadOnlyList<SealAction> AllowedActions)
{
    /// <summary>The names of the staff the register names by id (who asked, approved, stamped, issued): the point's and the actor's point's staff.</summary>
    [Id(4)]
    public IReadOnlyDictionary<string, string> StaffNames { get; init; } = new Dictionary<string, string>();
}
