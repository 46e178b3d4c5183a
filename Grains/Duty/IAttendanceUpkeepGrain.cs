namespace Network.Grains.Duty;

/// <summary>What the silos ask of an attendance sheet (internal: never in Grains.Interfaces).</summary>
public interface IAttendanceUpkeepGrain : IGrainWithStringKey
{
    /// <summary>Records the vacant posts (空岗) found now, and the posts staffed again; announces both.</summary>
    Task CheckPosts();
}
