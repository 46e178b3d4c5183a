namespace Network.Grains.ProxyErrands;

/// <summary>Settings of proxy handling (帮办代办), section <c>Network:ProxyErrands</c>.</summary>
public sealed class ProxyErrandOptions
{
    public const string Section = "Network:ProxyErrands";

    /// <summary>
    /// Working days after delivery (送达) within which the applicant must be called back (回访);
    /// later, the errand is flagged red (a yellow warning the working day before). Cities set 3 to 15.
    /// </summary>
    public int CallBackWorkingDays { get; set; } = 5;
}
