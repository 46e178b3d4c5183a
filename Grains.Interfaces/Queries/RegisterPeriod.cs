namespace Network.Grains.Interfaces.Queries;

/// <summary>The span of a register (台帐): a day, a calendar month or a calendar year, in China time.</summary>
public enum RegisterPeriod
{
    Day = 0,

    Month = 1,

    Year = 2,
}
