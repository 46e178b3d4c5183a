using System.Diagnostics;
using System.Globalization;
using System.Net;
using Network.Fault;
using Network.Testing;
using Network.Testing.Namespaces;
using Xunit.Abstractions;

namespace Network.Cluster.Tests;

/// <summary>
/// Issue 15, a cluster across hosts: three silos and two gateways, each in a network namespace of
/// its own on a bridge (see <see cref="HostCluster"/>), clustered and stored through PostgreSQL.
/// Needs root and iproute2; without them the test fails saying so (it never passes untried).
/// </summary>
[Collection(HostNetworkCollection.Name)]
public sealed class ClusterAcrossHostsTests(ITestOutputHelper output)
{
    /// <summary>How long requests may keep failing after the kill before the test gives up waiting.</summary>
    private static readonly TimeSpan RecoveryBound = TimeSpan.FromSeconds(90);

    /// <summary>Requests succeed again: every attempt started in this many seconds succeeded.</summary>
    private const double SteadyWindowSeconds = 3;

    private readonly Stopwatch _clock = Stopwatch.StartNew();

    [Fact]
    public async Task Silos_and_gateways_on_hosts_of_their_own_carry_a_matter_across_tiers_and_lose_nothing_when_the_silo_holding_it_is_killed()
    {
        await using var cluster = await HostCluster.StartAsync(Log, CrossTierFlow.Points);
        var startUp = _clock.Elapsed;

        // One cluster over the bridge: each silo is reached at its own host's address, none on loopback.
        var members = await cluster.MembershipAsync();
        Assert.Equal(HostCluster.SiloAddresses.Select(a => a.ToString()), members.Where(m => m.IsActive).Select(m => m.Address).Order());
        Assert.All(members, m => Assert.Equal((SiloProcess.DefaultSiloPort, SiloProcess.DefaultGatewayPort), (m.SiloPort, m.GatewayPort ?? 0)));
        // Every silo and gateway runs with mutual TLS, each with its own certificate of the run's CA.
        Assert.All(cluster.Silos, s => Assert.Contains("Orleans TLS on (mutual, TLS 1.3): silo certificate", s.Output, StringComparison.Ordinal));
        Assert.All(cluster.GatewayProcesses, g => Assert.Contains("Orleans TLS on (mutual, TLS 1.3): gateway certificate", g.Output, StringComparison.Ordinal));

        var materials = await CrossTierFlow.MaterialsAsync();
        var driver = new LoadDriver(cluster.Gateways, [CrossTierFlow.Lane, CrossTierFlow.OtherVillageLane], materials);
        await driver.SignInAsync();
        var flow = new CrossTierFlow(driver, cluster.Gateways.Count);
        var papers = materials[CrossTierFlow.Item];

        // Across tiers and gateways: taken in and handed up through gateway 1, decided through
        // gateway 2 (by the township), delivered through gateway 1 — each at the first attempt.
        var a = await AcknowledgedAsync(flow.TakeInAsync(90001, papers, gateway: 0), "intake");
        var receipt = a.Receipt!;
        AnsweredBy(driver, await AcknowledgedAsync(flow.HandUpAsync(receipt, gateway: 0), "hand-up", "HandedUp"), cluster.Gateways[0]);
        AnsweredBy(driver, await AcknowledgedAsync(flow.DecideAsync(receipt, gateway: 1), "decide", "ResultReady"), cluster.Gateways[1]);
        AnsweredBy(driver, await AcknowledgedAsync(flow.DeliverAsync(receipt, gateway: 0), "deliver", "Completed"), cluster.Gateways[0]);
        Log($"Matter {receipt}: taken in and handed up through {cluster.Gateways[0].Authority}, decided through {cluster.Gateways[1].Authority}, delivered");
        await NothingCrossesLoopbackAsync(cluster);

        // Load through both gateways, and a second matter handed up, whose activation's silo is killed.
        using var stop = new CancellationTokenSource();
        var load = driver.RunAsync(stop.Token);
        double killAt, deadAt, steadyAt;
        try
        {
            var b = (await AcknowledgedAsync(flow.TakeInAsync(90002, papers, gateway: 0), "intake")).Receipt!;
            await AcknowledgedAsync(flow.HandUpAsync(b, gateway: 1), "hand-up", "HandedUp");
            var holder = await ActivationLocator.SiloOfMatterAsync(cluster.ConnectionString, HostCluster.ClusterId, HostCluster.ServiceId, cluster.TestClient, b);
            Assert.True(holder is not null, $"The cluster knows no activation of matter {b} right after its hand-up.");
            var victim = HostCluster.SiloAddresses.ToList().IndexOf(holder.Address);
            Assert.True(victim >= 0, $"Matter {b} is active at {holder}, which is none of the silos' addresses.");

            killAt = driver.Now;
            await cluster.KillSiloAsync(victim);
            var victimAddress = HostCluster.SiloAddresses[victim].ToString();
            Log($"kill -9 of silo {victim + 1} ({victimAddress}), which held matter {b}'s activation");
            var declaredDead = Task.Run(async () =>
            {
                await cluster.WaitForMembershipAsync(m => m.Any(r => r.Address == victimAddress && r.IsDead), $"silo {victimAddress} Dead", RecoveryBound);
                return driver.Now;
            });

            // Keep working through the gateways: the matter whose activation died is decided and delivered.
            await AcknowledgedAsync(flow.DecideAsync(b, gateway: 1), "decide after the kill", "ResultReady");
            await AcknowledgedAsync(flow.DeliverAsync(b, gateway: 0), "deliver after the kill", "Completed");
            deadAt = await declaredDead;
            Log($"Silo {victim + 1} declared Dead {deadAt - killAt:0.0} s after the kill; matter {b} decided and delivered");
            steadyAt = await SucceedingAgainAsync(driver, deadAt);
        }
        finally
        {
            // Also when a step above failed: the load must not outlive the cluster.
            await stop.CancelAsync();
        }

        await load;
        var stoppedAt = driver.Now;

        // What the clients were told, against PostgreSQL: nothing lost or duplicated, ledgers whole.
        var failures = new List<string>();
        var operations = driver.Operations;
        failures.AddRange(operations.Where(o => o.Outcome != Operation.Acknowledged)
            .Select(o => $"{o.Kind} {o.Receipt} key {o.Key}: {o.Outcome} {o.Status} {o.Code}"));
        Timeline.SteadyAgain(driver.Attempts, steadyAt, SteadyWindowSeconds, "the silo kill", failures);
        var loadOperations = operations.Count;
        var reconciliation = await new Reconciler(cluster.ConnectionString, driver).RunAsync(failures);
        var recovery = Timeline.Recovery("kill -9 silo", driver.Attempts, killAt, null, stoppedAt, deadAt);

        Log(string.Create(CultureInfo.InvariantCulture,
            $"Start-up {startUp.TotalSeconds:0.0} s; {loadOperations} operations over {stoppedAt:0.0} s, {driver.Attempts.Count} HTTP attempts; " +
            $"after the kill: first success {recovery.FirstSuccessAfterS} s, last failure {recovery.LastFailureAfterS?.ToString(CultureInfo.InvariantCulture) ?? "none"} s, " +
            $"{recovery.FailedAttempts} failed / {recovery.SucceededAttempts} ok attempts, declared dead {recovery.DeadDeclaredAfterS} s, succeeding again {steadyAt - killAt:0.0} s"));
        Log($"Reconciliation: {reconciliation["matterRows"]} matters, {reconciliation["ledgerRows"]} ledger rows, {reconciliation["openMattersActedOn"]} open matters acted on");
        Assert.True(failures.Count == 0, "Failures:\n  - " + string.Join("\n  - ", failures));
        Log($"Passed in {_clock.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>
    /// The TCP connections of every host (looked at inside its namespace): none on a loopback
    /// address; each gateway talks to silo gateway ports at silos' own addresses, and each silo to
    /// the other two at their silo ports.
    /// </summary>
    private async Task NothingCrossesLoopbackAsync(HostCluster cluster)
    {
        var silos = HostCluster.SiloAddresses;
        foreach (var (name, host) in cluster.Hosts.OrderBy(h => h.Key))
        {
            var connections = await host.ConnectionsAsync();
            Assert.DoesNotContain(connections, c => IPAddress.IsLoopback(c.Local.Address) || IPAddress.IsLoopback(c.Peer.Address));
            if (name.StartsWith('g'))
            {
                var gateways = PartnersOn(connections, SiloProcess.DefaultGatewayPort);
                Assert.NotEmpty(gateways);
                Assert.Subset(silos.ToHashSet(), gateways);
            }
            else
            {
                Assert.Equal(silos.Where(a => !a.Equals(host.Address)).ToHashSet(), PartnersOn(connections, SiloProcess.DefaultSiloPort));
            }

            Log($"{host}: {connections.Count} TCP connections, peers {string.Join(", ", connections.Select(c => c.Peer.Address.ToString()).Distinct().Order())}");
        }
    }

    /// <summary>The addresses at the other end of connections one of whose ends is <paramref name="port"/>.</summary>
    private static HashSet<IPAddress> PartnersOn(IEnumerable<TcpConnection> connections, int port) =>
        connections.Where(c => c.Local.Port == port || c.Peer.Port == port).Select(c => c.Peer.Address).ToHashSet();

    /// <summary>
    /// Polls the attempts until requests succeed again after the kill: the silo is declared dead and
    /// every attempt started in the last <see cref="SteadyWindowSeconds"/> since then succeeded (there were some).
    /// </summary>
    private static async Task<double> SucceedingAgainAsync(LoadDriver driver, double deadAt)
    {
        var deadline = driver.Now + RecoveryBound.TotalSeconds;
        while (true)
        {
            var now = driver.Now;
            var problems = new List<string>();
            Timeline.SteadyAgain(driver.Attempts, now, SteadyWindowSeconds, "the silo kill", problems);
            if (now - deadAt >= SteadyWindowSeconds && problems.Count == 0)
            {
                return now;
            }

            if (now > deadline)
            {
                throw new TimeoutException($"Requests did not succeed again within {RecoveryBound} of the kill: {string.Join("; ", problems)}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }

    private static async Task<Operation> AcknowledgedAsync(Task<Operation> operation, string what, string? status = null)
    {
        var told = await operation;
        Assert.True(told.Outcome == Operation.Acknowledged, $"{what}: {told.Outcome} {told.Status} {told.Code} after {told.Attempts} attempts");
        if (status is not null)
        {
            Assert.Equal(status, told.ToldStatus);
        }

        return told;
    }

    /// <summary>The operation took one attempt, answered by <paramref name="gateway"/>.</summary>
    private static void AnsweredBy(LoadDriver driver, Operation operation, Uri gateway)
    {
        var attempts = driver.Attempts.Where(a => a.Key == operation.Key).ToList();
        Assert.Equal([gateway.Authority], attempts.Select(a => a.Gateway));
        Assert.True(attempts[0].Succeeded, $"{operation.Kind} through {gateway.Authority}: {attempts[0].Status}");
    }

    private void Log(string line) => output.WriteLine($"[{_clock.Elapsed.TotalSeconds:0.0}s] {line}");
}
