namespace Network.Grains.Ratings;

/// <summary>Settings of ratings and rectifications (<c>Network:Ratings</c>).</summary>
public sealed class RatingOptions
{
    public const string Section = "Network:Ratings";

    /// <summary>How long the device offers an occasion after the citizen was served.</summary>
    public int OfferMinutes { get; set; } = 30;

    /// <summary>Working days to call back and verify a bad rating (回访核实).</summary>
    public int CallBackWorkingDays { get; set; } = 1;

    /// <summary>The longest deadline of a 限期整改, in working days (Sichuan: 15).</summary>
    public int MaxRectificationWorkingDays { get; set; } = 15;
}
