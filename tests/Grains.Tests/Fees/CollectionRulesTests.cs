using System.Text.Json;
using Network.Grains.Fees;
using Network.Grains.Fees.Rules;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Fees;
using Network.Grains.PersonalData;
using Network.Grains.Tests.Rules;
using static Network.Grains.Tests.Fees.FeeFixture;

namespace Network.Grains.Tests.Fees;

/// <summary>The collection window's rules (收费, 代收, 退费, 日结) without a cluster.</summary>
public sealed class CollectionRulesTests
{
    [Fact]
    public void A_fee_is_charged_in_one_step_at_the_catalog_s_amount_with_a_receipt()
    {
        var change = CollectionRules.Charge(Day(), CardCharge(PaymentMethod.QrCode), Context(CardFee, CompletedCardMatter));

        var line = Assert.Single(change.After.Lines);
        Assert.Equal(8000, line.AmountFen);
        Assert.Equal(PaymentMethod.QrCode, line.Method);
        Assert.Equal(CompletedCardMatter.ReceiptNumber, line.MatterReceiptNumber);
        Assert.Equal($"{RuleFixture.Township}-{Window}-20260930-0001", line.ReceiptNumber);
        Assert.Equal("charge", change.Step!.Action);
        Assert.Equal(1, change.After.Version);
    }

    [Fact]
    public void Receipt_numbers_follow_each_other_per_window_and_day_and_name_their_day()
    {
        var day = Charged();
        day = Bill(day, 12345);
        day = Bill(day, 1);

        Assert.Equal(
            [$"{RuleFixture.Township}-{Window}-20260930-0001", $"{RuleFixture.Township}-{Window}-20260930-0002", $"{RuleFixture.Township}-{Window}-20260930-0003"],
            day.Lines.Select(l => l.ReceiptNumber));
        Assert.All(day.Lines, l => Assert.Equal(CollectionDayKey.Of(RuleFixture.Township, Window, Today), CollectionDayKey.DayOfReceipt(l.ReceiptNumber)));
        var invalid = Assert.Throws<DomainException>(() => CollectionDayKey.DayOfReceipt("330182101-20260930-7Q2M9XKD"));
        Assert.Equal("receipt.invalid", invalid.Code);
    }

    [Fact]
    public void A_day_once_closed_cannot_take_a_payment()
    {
        var day = Charged();
        var closed = CollectionRules.Close(day, new CloseDayCommand(Clerk, 8000, null), Context()).After;
        Assert.True(closed.IsClosed);

        var charge = Assert.Throws<DomainException>(() => CollectionRules.Charge(closed, CardCharge() with { MatterReceiptNumber = OpenAllowanceMatter.ReceiptNumber }, Context(CardFee, CompletedCardMatter)));
        var bill = Assert.Throws<DomainException>(() => Bill(closed, 100));
        var refund = Assert.Throws<DomainException>(() => CollectionRules.Refund(closed, new RefundCommand(RuleFixture.Director, closed.Lines[0].ReceiptNumber, "多收"), Context()));
        var again = Assert.Throws<DomainException>(() => CollectionRules.Close(closed, new CloseDayCommand(Clerk, 8000, null), Context()));

        Assert.All([charge, bill, refund, again], e => Assert.Equal(("collection.dayClosed", DomainErrorKind.Conflict), (e.Code, e.Kind)));
        Assert.Empty(CollectionPolicy.Allowed(closed, Clerk, Context()));
    }

    [Fact]
    public void Payments_are_taken_on_the_day_itself()
    {
        var yesterday = Day(Today.AddDays(-1));
        var e = Assert.Throws<DomainException>(() => CollectionRules.Charge(yesterday, CardCharge(), Context(CardFee, CompletedCardMatter)));
        Assert.Equal("collection.notToday", e.Code);
    }

    [Fact]
    public void A_refund_needs_the_director()
    {
        var day = Charged();
        var receipt = day.Lines[0].ReceiptNumber;

        var byClerk = Assert.Throws<DomainException>(() => CollectionRules.Refund(day, new RefundCommand(Clerk, receipt, "多收"), Context()));
        Assert.Equal(("auth.role", DomainErrorKind.Forbidden), (byClerk.Code, byClerk.Kind));
        var otherDirector = new Actor("d-other", ActorRole.CenterDirector, RuleFixture.OtherTownship);
        var byOther = Assert.Throws<DomainException>(() => CollectionRules.Refund(day, new RefundCommand(otherDirector, receipt, "多收"), Context()));
        Assert.Equal("auth.jurisdiction", byOther.Code);
        var forged = new Actor("d-forged", ActorRole.CenterDirector, RuleFixture.Township);
        Assert.Equal("auth.jurisdiction", Assert.Throws<DomainException>(() => CollectionRules.Refund(day, new RefundCommand(forged, receipt, "多收"), Context())).Code);

        var refunded = CollectionRules.Refund(day, new RefundCommand(RuleFixture.Director, receipt, "重复收费"), Context()).After;
        Assert.Equal(RuleFixture.TownshipDirectorId, refunded.Lines[0].Refund!.DirectorId);
        Assert.Equal(0, refunded.NetFen);
        Assert.Equal(0, refunded.ExpectedCashFen);
        Assert.DoesNotContain(CollectionAction.Refund, CollectionPolicy.Allowed(day, Clerk, Context()));
        Assert.Contains(CollectionAction.Refund, CollectionPolicy.Allowed(day, RuleFixture.Director, Context()));
    }

    [Fact]
    public void A_refund_needs_a_reason_and_is_made_once()
    {
        var day = Charged();
        var receipt = day.Lines[0].ReceiptNumber;
        var noReason = Assert.Throws<DomainException>(() => CollectionRules.Refund(day, new RefundCommand(RuleFixture.Director, receipt, " "), Context()));
        Assert.Equal(("reason", "text.required"), (noReason.Field, noReason.Code));

        var refunded = CollectionRules.Refund(day, new RefundCommand(RuleFixture.Director, receipt, "重复收费"), Context()).After;
        var twice = Assert.Throws<DomainException>(() => CollectionRules.Refund(refunded, new RefundCommand(RuleFixture.Director, receipt, "重复收费"), Context()));
        Assert.Equal("receipt.refunded", twice.Code);
    }

    [Fact]
    public void A_close_with_a_difference_needs_a_reason()
    {
        var day = Bill(Charged(), 4321);

        var e = Assert.Throws<DomainException>(() => CollectionRules.Close(day, new CloseDayCommand(Clerk, 12320, null), Context()));
        Assert.Equal(("differenceReason", "close.reasonRequired", DomainErrorKind.Invalid), (e.Field, e.Code, e.Kind));

        var closed = CollectionRules.Close(day, new CloseDayCommand(Clerk, 12320, "找零差错一分"), Context()).After;
        Assert.Equal(12321, closed.Close!.ExpectedCashFen);
        Assert.Equal(-1, closed.Close.DifferenceFen);
        Assert.Equal("找零差错一分", closed.Close.DifferenceReason);

        var exact = CollectionRules.Close(day, new CloseDayCommand(Clerk, 12321, null), Context()).After;
        Assert.Equal(0, exact.Close!.DifferenceFen);
    }

    [Fact]
    public void Only_cash_is_counted_at_the_close()
    {
        var day = Bill(Bill(Charged(method: PaymentMethod.Card), 500, PaymentMethod.QrCode), 700, PaymentMethod.Cash);
        Assert.Equal(700, day.ExpectedCashFen);
        Assert.Equal(9200, day.NetFen);
    }

    [Fact]
    public void Amounts_never_lose_a_fen()
    {
        // Amounts that a binary floating point sum gets wrong (0.1 + 0.2 style), and the largest receipt.
        var day = Day();
        long[] amounts = [1, 10, 20, 30, 99, 101, 333, 3333, 19999, FeeSchedule.MaxAmountFen];
        foreach (var amount in amounts)
        {
            day = Bill(day, amount);
        }

        var area = CollectionRules.Charge(day, new ChargeCommand(Clerk, AreaFee.Id, OpenAllowanceMatter.ReceiptNumber, 333, PaymentMethod.Cash), Context(AreaFee, OpenAllowanceMatter)).After;
        Assert.Equal(2501L * 333, area.Lines[^1].AmountFen);
        var expected = amounts.Sum() + (2501L * 333);
        Assert.Equal(expected, area.NetFen);
        Assert.Equal(expected, area.ExpectedCashFen);

        var view = area.ToView([]);
        Assert.Equal(expected, view.ByItem.Sum(t => t.NetFen));
        Assert.Equal(expected, view.ByMethod.Single().CollectedFen);
        Assert.Equal(amounts.Sum(), view.ByPayee.Single().CollectedFen);

        // Through the stored JSON and the view's JSON, fen stay whole numbers.
        var json = new CollectionJson(new PersonalDataProtector([System.Security.Cryptography.RandomNumberGenerator.GetBytes(PersonalDataKeys.KeyBytes)]));
        var stored = JsonSerializer.Deserialize<CollectionDayState>(JsonSerializer.Serialize(area, json.Options), json.Options)!;
        Assert.Equal(area.Lines.Select(l => l.AmountFen), stored.Lines.Select(l => l.AmountFen));
        var viewJson = JsonSerializer.Serialize(view, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        Assert.Contains($"\"netFen\":{expected}", viewJson, StringComparison.Ordinal);
        Assert.DoesNotContain(".", JsonDocument.Parse(viewJson).RootElement.GetProperty("netFen").GetRawText(), StringComparison.Ordinal);

        Assert.Equal("0.01", FeeSchedule.Yuan(1));
        Assert.Equal("-123.45", FeeSchedule.Yuan(-12345));
        Assert.Equal("100000000.00", FeeSchedule.Yuan(FeeSchedule.MaxAmountFen));
    }

    [Fact]
    public void An_amount_above_the_limit_or_not_positive_is_refused()
    {
        Assert.Equal("fee.amount", Assert.Throws<DomainException>(() => Bill(Day(), 0)).Code);
        Assert.Equal("fee.amount", Assert.Throws<DomainException>(() => Bill(Day(), -5)).Code);
        Assert.Equal("fee.amount", Assert.Throws<DomainException>(() => Bill(Day(), FeeSchedule.MaxAmountFen + 1)).Code);
        var tooMany = Assert.Throws<DomainException>(() => CollectionRules.Charge(Day(), new ChargeCommand(Clerk, AreaFee.Id, OpenAllowanceMatter.ReceiptNumber, FeeSchedule.MaxQuantity + 1, PaymentMethod.Cash), Context(AreaFee, OpenAllowanceMatter)));
        Assert.Equal(("quantity", "fee.quantity"), (tooMany.Field, tooMany.Code));
    }

    [Fact]
    public void A_fee_is_charged_at_completion_unless_the_item_says_in_advance()
    {
        var notYet = Assert.Throws<DomainException>(() => CollectionRules.Charge(Day(), new ChargeCommand(Clerk, CardFee.Id, OpenAllowanceMatter.ReceiptNumber, 1, PaymentMethod.Cash), Context(CardFee, OpenAllowanceMatter with { ItemId = CardFee.Id })));
        Assert.Equal("fee.notYet", notYet.Code);

        var inAdvance = CollectionRules.Charge(Day(), new ChargeCommand(Clerk, AreaFee.Id, OpenAllowanceMatter.ReceiptNumber, 2, PaymentMethod.Card), Context(AreaFee, OpenAllowanceMatter)).After;
        Assert.Equal(5002, inAdvance.Lines[0].AmountFen);
    }

    [Fact]
    public void A_matter_is_charged_once()
    {
        var day = Charged();
        var e = Assert.Throws<DomainException>(() => CollectionRules.Charge(day, CardCharge(), Context(CardFee, CompletedCardMatter)));
        Assert.Equal("fee.alreadyCharged", e.Code);
    }

    [Fact]
    public void A_free_item_a_wrong_window_or_a_wrong_matter_is_refused()
    {
        var free = RuleFixture.Items[RuleFixture.SeniorCard];
        Assert.Equal("fee.notCharged", Assert.Throws<DomainException>(() => CollectionRules.Charge(Day(), CardCharge(), Context(free, CompletedCardMatter))).Code);
        var elsewhere = CardFee with { WindowId = RuleFixture.Land };
        Assert.Equal("fee.wrongWindow", Assert.Throws<DomainException>(() => CollectionRules.Charge(Day(), CardCharge(), Context(elsewhere, CompletedCardMatter))).Code);
        Assert.Equal("fee.matterItem", Assert.Throws<DomainException>(() => CollectionRules.Charge(Day(), CardCharge() with { MatterReceiptNumber = OpenAllowanceMatter.ReceiptNumber }, Context(CardFee, OpenAllowanceMatter))).Code);
        Assert.Equal("matter.unknown", Assert.Throws<DomainException>(() => CollectionRules.Charge(Day(), CardCharge(), Context(CardFee, null))).Code);
        Assert.Equal("fee.isBill", Assert.Throws<DomainException>(() => CollectionRules.Charge(Day(), CardCharge() with { ItemId = Electricity.Id }, Context(Electricity with { FeeFen = 1 }, CompletedCardMatter))).Code);
        Assert.Equal("bill.notCollected", Assert.Throws<DomainException>(() => CollectionRules.CollectBill(Day(), new CollectBillCommand(Clerk, CardFee.Id, "01", "王", 100, PaymentMethod.Cash), Context(CardFee))).Code);
    }

    [Fact]
    public void Only_the_window_s_clerks_take_payments()
    {
        var other = RuleFixture.TownClerk(RuleFixture.LandClerk);
        Assert.Equal(("windowId", "auth.jurisdiction"), Field(() => CollectionRules.Charge(Day(), CardCharge() with { Actor = other }, Context(CardFee, CompletedCardMatter))));
        Assert.Equal(("pointCode", "auth.jurisdiction"), Field(() => CollectionRules.Charge(Day(), CardCharge() with { Actor = RuleFixture.OtherTownClerkActor }, Context(CardFee, CompletedCardMatter))));
        Assert.Equal(("role", "auth.role"), Field(() => CollectionRules.Charge(Day(), CardCharge() with { Actor = RuleFixture.Director }, Context(CardFee, CompletedCardMatter))));
        Assert.Equal(("role", "auth.role"), Field(() => CollectionRules.Charge(Day(), CardCharge() with { Actor = RuleFixture.CityMonitor }, Context(CardFee, CompletedCardMatter))));
        Assert.Equal(
            [CollectionAction.Charge, CollectionAction.CollectBill, CollectionAction.Close],
            CollectionPolicy.Allowed(Day(), RuleFixture.TownClerk(RuleFixture.ClerkB), Context()));
        Assert.Empty(CollectionPolicy.Allowed(Day(), RuleFixture.CityMonitor, Context()));
        Assert.Null(CollectionPolicy.Check(Day(), RuleFixture.CityMonitor, CollectionAction.Read, Context()));
        Assert.NotNull(CollectionPolicy.Check(Day(), RuleFixture.OtherTownClerkActor, CollectionAction.Read, Context()));
    }

    [Fact]
    public void A_bill_s_payer_and_account_are_sealed_when_stored_and_masked_in_views()
    {
        var day = Bill(Day(), 8800);
        var json = new CollectionJson(new PersonalDataProtector([System.Security.Cryptography.RandomNumberGenerator.GetBytes(PersonalDataKeys.KeyBytes)]));
        var stored = JsonSerializer.Serialize(day, json.Options);
        Assert.DoesNotContain("王秀英", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("0101234567", stored, StringComparison.Ordinal);
        Assert.Equal("王秀英", JsonSerializer.Deserialize<CollectionDayState>(stored, json.Options)!.Lines[0].PayerName);

        var line = day.ToView([]).Lines[0];
        Assert.Equal("王**", line.MaskedPayerName);
        Assert.Equal("******4567", line.MaskedAccountNumber);
        Assert.Equal("国网四川省电力公司", line.Payee);
    }

    private static (string?, string) Field(Action act)
    {
        var e = Assert.Throws<DomainException>(act);
        return (e.Field, e.Code);
    }
}
