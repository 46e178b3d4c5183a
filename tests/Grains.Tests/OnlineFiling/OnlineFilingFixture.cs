using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.OnlineFiling;
using Network.Grains.OnlineFiling;
using Network.Grains.OnlineFiling.Rules;
using Network.Grains.Tests.Rules;
using static Network.Grains.Tests.Oversight.OversightFixture;

namespace Network.Grains.Tests.OnlineFiling;

/// <summary>Online applications of the rule tests' township (the allowance item: three materials at the civil-affairs window), on Mon 16 Nov 2026.</summary>
public static class OnlineFilingFixture
{
    public const string Code = "7Q2M9XKD";
    public const long MaxBytes = 1024;
    public const int MaxFiles = 5;

    public static readonly byte[] Pdf = [.. "%PDF-1.7\n"u8, .. new byte[64]];
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    /// <summary>A Windows program (MZ header) named like a PDF.</summary>
    public static readonly byte[] Exe = [.. "MZ"u8, 0x90, 0, 3, 0, 0, 0, 4, 0];

    public static string NewNumber(DateOnly? day = null) =>
        CaseNumber.New(OnlineApplicationNumber.Prefix, DivisionCode.Parse(RuleFixture.Township), day ?? Monday);

    public static StartOnlineApplicationRequest StartRequest(DeliveryMethod delivery = DeliveryMethod.PickUp, string? address = null) =>
        new(RuleFixture.Township, RuleFixture.Allowance, RuleFixture.Citizen, "家中老人患病，申请低保。", new ResultDelivery(delivery, address), "web");

    public static OnlineApplicationState Started(DateOnly? day = null) =>
        OnlineApplicationRules.Start(NewNumber(day), StartRequest(), RuleFixture.Items[RuleFixture.Allowance], Code, Context(day)).After;

    public static OnlineApplicationState WithFile(OnlineApplicationState state, string material, DateOnly? day = null) =>
        OnlineApplicationRules.AddFile(state, new AddApplicationFileRequest(Code, material, material + ".pdf", Pdf), Guid.NewGuid().ToString("N"), MaxBytes, MaxFiles, Context(day)).After;

    /// <summary>Started, every material uploaded, submitted on <paramref name="day"/>.</summary>
    public static OnlineApplicationState Submitted(DateOnly? day = null, bool allMaterials = true)
    {
        var state = Started(day);
        foreach (var material in allMaterials ? RuleFixture.AllowanceMaterials : RuleFixture.AllowanceMaterials[..1])
        {
            state = WithFile(state, material, day);
        }

        return OnlineApplicationRules.Submit(state, new SubmitOnlineApplicationRequest(Code), Context(day)).After;
    }

    /// <summary>The civil-affairs window's A clerk.</summary>
    public static Actor Examiner { get; } = RuleFixture.TownClerk();

    public static MatterView MatterOf(OnlineApplicationState state, DateOnly due) =>
        new(OnlineApplicationRules.ReceiptNumberOf(state.Number), state.PointCode, state.PointName, state.WindowId, state.ItemId, state.ItemName,
            Interfaces.Catalog.MatterKind.Promised, MatterStatus.InProgress, "王**", "1101**********002X", RuleFixture.At(Monday), Examiner.Id, Examiner.Id,
            [.. state.RequiredMaterials], null, null, null, 1)
        { DueDate = due, ProgressCode = "ABCD2345" };
}
