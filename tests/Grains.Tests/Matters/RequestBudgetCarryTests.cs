using System.Collections.Concurrent;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Deadlines;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using Orleans.Hosting;
using Orleans.Runtime;
using Orleans.TestingHost;
using static Network.Grains.Tests.Infrastructure.TestNetwork;

namespace Network.Grains.Tests.Matters;

/// <summary>
/// The request's budget (what the gateway puts in the RequestContext) reaches the matter and goes
/// with its commit, and with nothing else: the calls the matter makes on the way (the points'
/// profiles, the catalog, the window's duty, its announcements) write nothing under it and carry
/// no context (Orleans deep-copies the RequestContext into every call that has one). A call to
/// another matter that may commit (the key's holder) carries it again.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class RequestBudgetCarryTests(PostgresFixture db)
{
    private static readonly DateOnly Today = new(2026, 9, 30);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_matter_commits_under_the_requests_budget_and_the_calls_it_makes_carry_none()
    {
        var calls = new CallRecorder();
        await using var cluster = await StartAsync(calls);
        var matter = cluster.Client.GetGrain<IMatterGrain>(NewReceipt(Today));
        var announced = calls.Next("OnMatterChanged");

        var view = await UnderBudget(TimeSpan.FromMinutes(1), () => matter.Accept(Intake(Allowance, AllowanceMaterials)));
        await announced.WaitAsync(Patience);

        Assert.Equal(1, view.Version);
        var seen = calls.All;
        Assert.Contains(seen, c => c.Method == nameof(IMatterGrain.Accept) && c.Budget == TimeSpan.FromMinutes(1).Ticks);
        var made = seen.Where(c => c.Method != nameof(IMatterGrain.Accept)).ToArray();
        Assert.Contains(made, c => c.Method == "GetProfile");
        Assert.Contains(made, c => c.Method == "Find");
        Assert.Contains(made, c => c.Method == "GetDutyFor");
        Assert.Contains(made, c => c.Method == "OnMatterChanged");
        Assert.All(made, c => Assert.Null(c.Budget));
    }

    [Fact]
    public async Task A_matters_commit_whose_budget_ran_out_before_it_was_sent_is_refused_and_nothing_is_written()
    {
        await using var cluster = await StartAsync(new CallRecorder());
        var matter = cluster.Client.GetGrain<IMatterGrain>(NewReceipt(Today));

        // What the gateway sends when the budget has just run out while the call was on its way.
        await Assert.ThrowsAsync<DeadlineExceededException>(() =>
            UnderBudget(TimeSpan.FromSeconds(-1), () => matter.Accept(Intake(Allowance, AllowanceMaterials))));

        Assert.Null(await matter.Get(MonitorActor));
        Assert.Empty(await matter.GetHistory(MonitorActor));
    }

    [Fact]
    public async Task An_intake_retried_under_its_key_asks_the_keys_holder_under_the_same_budget()
    {
        var calls = new CallRecorder();
        await using var cluster = await StartAsync(calls);
        var key = new RequestKey(ClerkA, Guid.NewGuid().ToString("N"), "POST", $"/api/points/{Township}/matters", "B1");
        var first = NewReceipt(Today);
        await cluster.Client.GetGrain<IMatterGrain>(first).Accept(Intake(Allowance, AllowanceMaterials) with { Key = key });

        var retry = NewReceipt(Today);
        calls.Clear();
        var answered = await UnderBudget(TimeSpan.FromMinutes(2), () => cluster.Client.GetGrain<IMatterGrain>(retry).Accept(Intake(Allowance, AllowanceMaterials) with { Key = key }));

        Assert.Equal(first, answered.ReceiptNumber);
        var accepts = calls.All.Where(c => c.Method == nameof(IMatterGrain.Accept)).ToArray();
        Assert.Equal(2, accepts.Length);
        Assert.All(accepts, c => Assert.Equal(TimeSpan.FromMinutes(2).Ticks, c.Budget));
    }

    private async Task<InProcessTestCluster> StartAsync(CallRecorder calls)
    {
        var cluster = await TestClusters.StartAsync(
            await db.CreateDatabaseAsync(),
            TestClusters.ClockAt(Today),
            configureSilo: silo => silo.AddIncomingGrainCallFilter(context =>
            {
                calls.Record(context.MethodName, RequestContext.Get(RequestDeadline.Key) as long?);
                return context.Invoke();
            }));
        await DefineAsync(cluster.Client);
        return cluster;
    }

    /// <summary>Calls as the gateway's budget filter does: the budget left, in the RequestContext of this call alone.</summary>
    private static async Task<T> UnderBudget<T>(TimeSpan remaining, Func<Task<T>> call)
    {
        RequestDeadline.Set(remaining);
        try
        {
            return await call();
        }
        finally
        {
            RequestContext.Remove(RequestDeadline.Key);
        }
    }

    /// <summary>Every grain call a silo received, with the budget it carried (null: none).</summary>
    private sealed class CallRecorder
    {
        private readonly ConcurrentQueue<(string Method, long? Budget)> _calls = new();
        private readonly ConcurrentDictionary<string, TaskCompletionSource> _waiting = new();

        public IReadOnlyList<(string Method, long? Budget)> All => _calls.ToArray();

        public void Record(string method, long? budget)
        {
            _calls.Enqueue((method, budget));
            if (_waiting.TryRemove(method, out var waiter))
            {
                waiter.TrySetResult();
            }
        }

        /// <summary>Completes at the next call of <paramref name="method"/> from now on.</summary>
        public Task Next(string method) => _waiting.GetOrAdd(method, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

        public void Clear() => _calls.Clear();
    }
}
