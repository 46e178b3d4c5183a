namespace Network.Grains.Interfaces.Network;

/// <summary>
/// A window (窗口) of a service point's hall, run by one department, with a primary clerk (A岗)
/// and a backup clerk (B岗) so that it never stands closed.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record WindowDefinition(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] Clerk ClerkA,
    [property: Id(3)] Clerk ClerkB)
{
    public bool IsStaffedBy(string clerkId) => ClerkA.Id == clerkId || ClerkB.Id == clerkId;
}
