using Network.Grains.Appointments;
using Network.Grains.Duty;
using Network.Grains.Fees;
using Network.Grains.Fees.Rules;
using Network.Grains.Interfaces.Appointments;
using Network.Grains.Interfaces.Duty;
using Network.Grains.Interfaces.Fees;
using Network.Grains.Reports.Rollups;
using Network.Grains.Reports.Statistics;
using Network.Grains.Tests.Fees;
using Network.Grains.Tests.Rules;

namespace Network.Grains.Tests.Reports;

/// <summary>
/// What the front desk's other kinds count in the report rollups, pure, on a small known data set:
/// collection days (fees and bills, a refund), appointment books, attendance sheets' vacant posts.
/// </summary>
public sealed class FrontDeskFactsTests
{
    [Fact]
    public void Fees_count_receipts_and_fen_under_their_item_and_clerk_and_a_refund_on_the_day_refunded()
    {
        var day = FeeFixture.Bill(FeeFixture.Charged(), 12_345);
        var card = day.Lines[0];
        var refundedAt = RuleFixture.At(FeeFixture.Today.AddDays(1));
        var refunded = CollectionRules.Refund(day, new RefundCommand(RuleFixture.Director, card.ReceiptNumber, "多收"), FeeFixture.Context(now: refundedAt)).After;

        var facts = RollupDelta.Sum(CollectionFacts.Of(refunded));
        var figures = Tally(facts);

        Assert.Equal((2L, 8_000L + 12_345L, 8_000L), (figures.FeeReceipts, figures.FeesCollectedFen, figures.FeesRefundedFen));
        Assert.Contains(facts, f => f.Figure == RollupFigures.FeesCollected && f.ItemId == FeeFixture.CardFee.Id && f.Bucket == "Fee" && f.Count == 8_000 && f.ClerkId == card.ClerkId && f.Day == FeeFixture.Today);
        Assert.Contains(facts, f => f.Figure == RollupFigures.FeesCollected && f.ItemId == FeeFixture.Electricity.Id && f.Bucket == "Bill" && f.Count == 12_345);
        Assert.Contains(facts, f => f.Figure == RollupFigures.FeesRefunded && f.Day == FeeFixture.Today.AddDays(1) && f.Count == 8_000);
        Assert.All(facts, f => Assert.Equal((RuleFixture.Township, FeeFixture.Window), (f.PointCode, f.WindowId)));
    }

    [Fact]
    public void Appointments_count_on_the_books_day_by_their_status_and_check_ins_and_no_shows_are_counted_apart()
    {
        var date = RuleFixture.Today;
        Booking Book(string code, string item, AppointmentStatus status) =>
            new(code, RuleFixture.CivilAffairs, item, item, new TimeOnly(9, 0), new TimeOnly(9, 30), "sealed", "sealed", "lookup", status, RuleFixture.At(date.AddDays(-1)));
        var book = new AppointmentBookState(RuleFixture.Township, date)
        {
            Bookings = [Book("A1", RuleFixture.SeniorCard, AppointmentStatus.CheckedIn), Book("A2", RuleFixture.SeniorCard, AppointmentStatus.NoShow), Book("A3", RuleFixture.Allowance, AppointmentStatus.Cancelled)],
        };

        var facts = RollupDelta.Sum(AppointmentFacts.Of(book));
        var figures = Tally(facts);

        Assert.Equal((3L, 1L, 1L), (figures.Appointments, figures.AppointmentsCheckedIn, figures.AppointmentsNoShow));
        Assert.Equal(
            [(RuleFixture.Allowance, "Cancelled", 1L), (RuleFixture.SeniorCard, "CheckedIn", 1L), (RuleFixture.SeniorCard, "NoShow", 1L)],
            facts.Select(f => (f.ItemId, f.Bucket, f.Count)));
        Assert.All(facts, f => Assert.Equal(date, f.Day));
    }

    [Fact]
    public void Vacant_posts_count_on_the_sheets_day_at_their_window()
    {
        var date = RuleFixture.Today;
        var sheet = AttendanceState.Empty(RuleFixture.Township, date) with
        {
            VacantPosts = [new VacantPost(RuleFixture.CivilAffairs, "am", RuleFixture.At(date), RuleFixture.At(date).AddMinutes(20)), new VacantPost(RuleFixture.CivilAffairs, "pm", RuleFixture.At(date).AddHours(5), null)],
        };

        var facts = RollupDelta.Sum(AttendanceFacts.Of(sheet));

        Assert.Equal(2L, Tally(facts).VacantPosts);
        Assert.Equal([(date, RuleFixture.CivilAffairs, RollupFigures.VacantPost, 2L)], facts.Select(f => (f.Day, f.WindowId, f.Figure, f.Count)));
    }

    private static Interfaces.Statistics.StatisticsFigures Tally(IEnumerable<RollupFact> facts) =>
        FigureTally.From(facts.Select(f => new RollupSum(string.Empty, f.Figure, f.Bucket, f.Count)));
}
