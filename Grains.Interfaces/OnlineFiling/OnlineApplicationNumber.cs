namespace Network.Grains.Interfaces.OnlineFiling;

/// <summary>Numbers of online applications: <c>{point code}-WS{yyyyMMdd}-{8 characters}</c> (<see cref="Cases.CaseNumber"/>; WS: 网申).</summary>
public static class OnlineApplicationNumber
{
    public const string Prefix = "WS";
}
