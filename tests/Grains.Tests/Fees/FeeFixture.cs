using Network.Grains.Fees;
using Network.Grains.Fees.Rules;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Fees;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Tests.Rules;

namespace Network.Grains.Tests.Fees;

/// <summary>The township of <see cref="RuleFixture"/> with fee items at its civil-affairs window, and a bill collected for the power company.</summary>
public static class FeeFixture
{
    public const string Window = RuleFixture.CivilAffairs;

    /// <summary>A fee of 80.00 元 per matter, charged at completion (the immediate senior card stands in for a fee item).</summary>
    public static ServiceItem CardFee { get; } = RuleFixture.Items[RuleFixture.SeniorCard] with
    {
        FeeFen = 8000,
        FeeBasis = "发改价格规〔2016〕2559号",
    };

    /// <summary>A fee of 25.01 元 per square metre, charged in advance (the promised allowance stands in).</summary>
    public static ServiceItem AreaFee { get; } = RuleFixture.Items[RuleFixture.Allowance] with
    {
        FeeFen = 2501,
        FeeUnit = "平方米",
        FeeBasis = "《中华人民共和国耕地占用税法》",
        FeeInAdvance = true,
    };

    public static ServiceItem Electricity { get; } = RuleFixture.Item("electricity-bill", "代收电费", [], 0, MatterKind.Immediate, Window, Interfaces.Network.Tier.Township) with
    {
        CollectsFor = "国网四川省电力公司",
    };

    public static DateOnly Today => RuleFixture.Today;

    public static CollectionDayState Day(DateOnly? date = null) => CollectionDayState.Empty(RuleFixture.Township, Window, date ?? Today);

    public static MatterView CompletedCardMatter { get; } = RuleFixture.Accepted(RuleFixture.Intake(RuleFixture.SeniorCard, RuleFixture.SeniorCardMaterials)).ToView();

    public static MatterView OpenAllowanceMatter { get; } = RuleFixture.AcceptedAllowance().ToView();

    public static CollectionContext Context(ServiceItem? item = null, MatterView? matter = null, DateTimeOffset? now = null) =>
        new(now ?? RuleFixture.At(Today), RuleFixture.TownshipProfile) { Item = item, Matter = matter };

    public static Actor Clerk => RuleFixture.TownClerk();

    public static ChargeCommand CardCharge(PaymentMethod method = PaymentMethod.Cash) =>
        new(Clerk, CardFee.Id, CompletedCardMatter.ReceiptNumber, 1, method);

    /// <summary>The day after charging the card fee.</summary>
    public static CollectionDayState Charged(CollectionDayState? day = null, PaymentMethod method = PaymentMethod.Cash) =>
        CollectionRules.Charge(day ?? Day(), CardCharge(method), Context(CardFee, CompletedCardMatter)).After;

    public static CollectionDayState Bill(CollectionDayState day, long amountFen, PaymentMethod method = PaymentMethod.Cash) =>
        CollectionRules.CollectBill(day, new CollectBillCommand(Clerk, Electricity.Id, "0101234567", "王秀英", amountFen, method), Context(Electricity)).After;
}
