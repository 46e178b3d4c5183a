namespace Network.Fuzz.Tests;

/// <summary>Real names of the demo network and of matters taken in before the fuzzing, so some requests get deep.</summary>
public sealed class FuzzData
{
    public const string Password = "Demo-2026!";

    /// <summary>Signed-in identities: window clerk, proxy agent, directors, city monitor, administrator.</summary>
    public static readonly string[] Accounts =
    [
        "c-510682101-civil-affairs-a", "c-510682101001-land-agriculture-a", "p-510682101001-1", "d-510682101", "d-510682", "m-510682", "admin",
    ];

    public string[] ClerkIds { get; } = [.. Accounts, "c-510682101-land-a", "nobody", "p-nobody"];

    public string[] WindowIds { get; } = ["civil-affairs", "land", "land-agriculture", "rural-economy", "nowhere"];

    public string[] ItemIds { get; } = ["temporary-relief", "homestead-review-proxy", "village-finance-inquiry", "new-house-certificate", "no-such-item"];

    public string[] Plausible { get; } = ["居民身份证", "户口簿", "临时救助申请书", "困难情况证明材料", "办结", "四邻签字不全", "同意", "2026-01-01"];

    /// <summary>Receipt numbers of real matters (filled by the fixture), plus malformed ones.</summary>
    public List<string> Receipts { get; } = ["510682101-20260101-AAAAAAAA", "510682101-2026-x", "not-a-receipt", "510682101-99999999-ZZZZZZZZ"];
}
