namespace Network.Gateway.Security;

/// <summary>
/// Per-account lockout (configuration <c>Gateway:Lockout</c>): <see cref="Failures"/> wrong
/// passwords in a row lock the account for <see cref="Minutes"/>, each further lock in a row twice
/// as long as the one before, at most <see cref="MaxMinutes"/>. A successful sign-in or an
/// administrator's unlock starts over.
/// </summary>
public sealed class LockoutOptions
{
    public int Failures { get; set; } = 5;

    public int Minutes { get; set; } = 15;

    public int MaxMinutes { get; set; } = 24 * 60;

    /// <summary>How long the lock that follows <paramref name="lockoutsBefore"/> locks in a row lasts.</summary>
    public TimeSpan LockFor(int lockoutsBefore) =>
        TimeSpan.FromMinutes(Math.Min(MaxMinutes, Minutes * Math.Pow(2, Math.Clamp(lockoutsBefore, 0, 20))));
}
