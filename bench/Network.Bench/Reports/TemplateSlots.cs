namespace Network.Bench.Reports;

/// <summary>The numbered values a matter's <see cref="TemplateText"/>s take.</summary>
public static class TemplateSlots
{
    public const int Receipt = 0;

    /// <summary>The sealed citizen object (<c>{"sealed":…,"lookup":…,…}</c>).</summary>
    public const int Citizen = 1;

    /// <summary>The sealed progress code (查询码).</summary>
    public const int ProgressCode = 2;

    /// <summary>Commands a path gives at most.</summary>
    public const int MaxCommands = 8;

    /// <summary>The time of command k (its JSON text), k &lt; <see cref="MaxCommands"/>.</summary>
    public const int FirstTime = 3;

    /// <summary>The China day of command k (<c>yyyy-MM-dd</c>).</summary>
    public const int FirstDay = FirstTime + MaxCommands;

    /// <summary>The day N working days after the clock started (<c>yyyy-MM-dd</c>), N ≤ <see cref="MaxDue"/>.</summary>
    public const int FirstDue = FirstDay + MaxCommands;

    public const int MaxDue = 60;

    public const int Count = FirstDue + MaxDue + 1;
}
