using System.Net;
using Network.Gateway.Tests.Infrastructure;
using Network.Grains.Interfaces.Matters;

namespace Network.Gateway.Tests;

/// <summary>
/// One deadline per request: a grain call that does not answer within what remains of the
/// request's budget is a 503 with Retry-After and <c>request.budgetExceeded</c>, never a hang,
/// and the write whose outcome is unknown is safe to retry under its Idempotency-Key.
/// </summary>
[Collection(BudgetCollection.Name)]
public sealed class RequestBudgetTests(BudgetFixture fx)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly string Intake = $"/api/points/{Demo.Township}/matters";

    [Fact]
    public async Task A_grain_call_that_does_not_answer_within_the_budget_is_a_503_with_Retry_After_and_request_budgetExceeded()
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        var held = fx.Gate.HoldNext("Accept");
        try
        {
            var sent = clerk.PostAsync(Intake, Api.Intake(Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials, Demo.ResidentId(301)));
            await held.Answer.WaitAsync(Patience);

            fx.SpendTheBudget();
            var response = await sent.WaitAsync(Patience);

            await response.AssertProblemAsync(503, code: "request.budgetExceeded");
            Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter?.Delta);
        }
        finally
        {
            held.Release();
        }
    }

    [Fact]
    public async Task An_intake_retried_under_its_key_after_a_budget_503_takes_in_exactly_one_matter_with_the_same_receipt_number()
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        var key = Guid.NewGuid().ToString();
        var body = Api.Intake(Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials, Demo.ResidentId(302));
        var held = fx.Gate.HoldNext("Accept");
        MatterView first;
        try
        {
            var sent = clerk.PostAsync(Intake, body, key);
            first = Assert.IsType<MatterView>(await held.Answer.WaitAsync(Patience));
            fx.SpendTheBudget();
            await (await sent.WaitAsync(Patience)).AssertProblemAsync(503, code: "request.budgetExceeded");
        }
        finally
        {
            held.Release();
        }

        // The key was recorded with the matter when it was taken in, although the client heard a
        // 503: the retry is answered with that matter and takes in nothing.
        var retry = await clerk.PostAsync(Intake, body, key);

        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal("true", retry.Headers.GetValues("Idempotency-Replayed").Single());
        var matter = await retry.ReadAsync<MatterView>();
        Assert.Equal(first.ReceiptNumber, matter.ReceiptNumber);
        Assert.Equal(1, await fx.Database.ScalarAsync<long>("SELECT count(*) FROM matter WHERE receipt_number = $1", matter.ReceiptNumber));
        Assert.Equal(first.ReceiptNumber, await fx.Database.ScalarAsync<string>("SELECT receipt_number FROM idempotency_key WHERE idempotency_key = $1", key));
    }
}
