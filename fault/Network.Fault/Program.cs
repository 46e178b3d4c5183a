using System.Globalization;
using System.Text.Json;
using Network.Fault;
using Network.Testing;

// The fault test (issue 6.3). Phases (seconds): warm-up, kill -9 of a silo, settle, PostgreSQL
// stopped immediately and started again, settle; then the load stops and the database is
// reconciled against what every client was told. Exit code 1 when any check fails.
var warmUp = Setting("FAULT_WARMUP_SECONDS", 20);
var settle = Setting("FAULT_SETTLE_SECONDS", 25);
var outage = Setting("FAULT_OUTAGE_SECONDS", 12);
var outageBound = Setting("FAULT_OUTAGE_BOUND_SECONDS", 5);
var steadyWindow = Setting("FAULT_STEADY_WINDOW_SECONDS", 8);
var budget = Setting("FAULT_BUDGET_SECONDS", 5);
var budgetMargin = SettingDouble("FAULT_BUDGET_MARGIN_SECONDS", 0.5);
var nextSuccessBound = Setting("FAULT_NEXT_SUCCESS_BOUND_SECONDS", 10);
var output = Environment.GetEnvironmentVariable("FAULT_OUT") ?? Path.Combine(RepoPaths.Root, "artifacts", "fault");
var log = Console.Out;
var failures = new List<string>();
var phases = new List<FaultFigures>();
var began = DateTimeOffset.UtcNow;
var loadAtStart = LoadAverage();

await using var cluster = new FaultCluster(budget);
await cluster.StartAsync(log);

var network = JsonDocument.Parse(await File.ReadAllTextAsync(RepoPaths.DemoNetwork)).RootElement;
var materials = network.GetProperty("points").EnumerateArray()
    .SelectMany(p => p.GetProperty("items").EnumerateArray())
    .GroupBy(i => i.GetProperty("id").GetString()!)
    .ToDictionary(g => g.Key, g => g.First().GetProperty("requiredMaterials").EnumerateArray().Select(m => m.GetString()!).ToArray());
Lane[] lanes =
[
    new("c-510682101-civil-affairs-a", "510682101", "civil-affairs", "temporary-relief", "complete", null),
    new("c-510682101-civil-affairs-b", "510682101", "civil-affairs", "temporary-relief", "complete", null),
    new("c-510682104-civil-affairs-medical-a", "510682104", "civil-affairs-medical", "temporary-relief", "complete", null),
    new("c-510682101001-land-agriculture-a", "510682101001", "land-agriculture", "homestead-review-proxy", "hand-up", "p-510682101001-1"),
    new("c-510682101002-land-agriculture-a", "510682101002", "land-agriculture", "homestead-review-proxy", "hand-up", "p-510682101002-1"),
    new("c-510682101-civil-affairs-a", "510682101", "civil-affairs", "temporary-relief", "complete", null),
];
var driver = new LoadDriver(cluster.Gateways, lanes, materials);
await driver.SignInAsync();

using var stop = new CancellationTokenSource();
var load = driver.RunAsync(stop.Token);
log.WriteLine($"Load running: {lanes.Length} lanes over {cluster.Gateways.Count} gateways");
await Task.Delay(TimeSpan.FromSeconds(warmUp));

// Fault 1: kill -9 of one silo (not the one that loaded the demo network; it does not matter).
var killAt = driver.Now;
var killAtUtc = DateTimeOffset.UtcNow;
await cluster.KillSiloAsync(1);
log.WriteLine($"[{killAt:0.0}s] kill -9 of silo 1 at {killAtUtc:HH:mm:ss.fff} UTC");
double? deadAt = null;
var membershipBound = driver.Now + 120;
while (driver.Now < killAt + settle || (deadAt is null && driver.Now < membershipBound))
{
    if (deadAt is null && (await cluster.MembershipAsync()).Dead > 0)
    {
        deadAt = driver.Now;
        log.WriteLine($"[{deadAt:0.0}s] the killed silo is declared Dead in the membership table");
    }

    await Task.Delay(TimeSpan.FromMilliseconds(500));
}

if (deadAt is null)
{
    failures.Add("the killed silo was not declared dead within 120 s");
}

var pgStopCall = driver.Now;
Timeline.SteadyAgain(driver.Attempts, pgStopCall, steadyWindow, "the silo kill", failures);
phases.Add(Timeline.Recovery("kill -9 silo", driver.Attempts, killAt, null, pgStopCall, deadAt));
var killAttempts = driver.Attempts;
var lanesAfterKill = AfterKill.Lanes(killAttempts, lanes, killAt, pgStopCall, nextSuccessBound, failures);
var longestAfterKill = AfterKill.Longest(killAttempts, killAt, pgStopCall, budget, budgetMargin, failures);

// Fault 2: PostgreSQL stopped immediately, then started again on the same port.
await cluster.StopPostgresImmediatelyAsync();
var pgStopped = driver.Now;
log.WriteLine($"[{pgStopped:0.0}s] PostgreSQL stopped (pg_ctl -m immediate)");
await Task.Delay(TimeSpan.FromSeconds(outage));
var restartCall = driver.Now;
await cluster.StartPostgresAgainAsync();
var pgBack = driver.Now;
log.WriteLine($"[{pgBack:0.0}s] PostgreSQL started again on port {cluster.PostgresPort} ({pgBack - restartCall:0.0} s to start)");
await Task.Delay(TimeSpan.FromSeconds(settle));
var loadEnd = driver.Now;
Timeline.SteadyAgain(driver.Attempts, loadEnd, steadyWindow, "the PostgreSQL restart", failures);
phases.Add(Timeline.Recovery("PostgreSQL immediate stop + start", driver.Attempts, pgStopped, pgBack, loadEnd, null));
var outageFigures = Timeline.Outage(driver.Attempts, pgStopped, restartCall, outageBound, failures);

await stop.CancelAsync();
await load;
log.WriteLine($"[{driver.Now:0.0}s] load stopped; reconciling");

var operations = driver.Operations;
var gaveUp = operations.Where(o => o.Outcome == Operation.GaveUp).ToList();
var refused = operations.Where(o => o.Outcome == Operation.Refused).ToList();
if (gaveUp.Count > 0)
{
    failures.Add($"{gaveUp.Count} operations got no definite answer within {LoadDriver.OperationBound.TotalSeconds} s: " +
        string.Join("; ", gaveUp.Take(3).Select(o => $"{o.Kind} {o.Receipt} key {o.Key} last {o.Status} {o.Code}")));
}

if (refused.Count > 0)
{
    failures.Add($"{refused.Count} legal operations were refused: " +
        string.Join("; ", refused.Take(5).Select(o => $"{o.Kind} {o.Receipt} key {o.Key}: {o.Status} {o.Code}")));
}

var reconciliation = await new Reconciler(cluster.ConnectionString, driver).RunAsync(failures);

var attempts = driver.Attempts.Where(a => !a.Operation.StartsWith("reconcile", StringComparison.Ordinal)).ToList();
var loadOps = operations.Where(o => !o.Kind.StartsWith("reconcile", StringComparison.Ordinal)).ToList();
var report = new Dictionary<string, object?>
{
    ["startedAt"] = began.ToString("O", CultureInfo.InvariantCulture),
    ["machine"] = new { Environment.ProcessorCount, os = System.Runtime.InteropServices.RuntimeInformation.OSDescription, dotnet = Environment.Version.ToString(), loadAverageAtStart = loadAtStart, loadAverageAtEnd = LoadAverage() },
    ["topology"] = new { silos = 3, gateways = cluster.Gateways.Count, lanes = lanes.Length, postgresPort = cluster.PostgresPort },
    ["settings"] = new { warmUp, settle, outage, outageBound, steadyWindow, budget, budgetMargin, nextSuccessBound, operationBoundSeconds = LoadDriver.OperationBound.TotalSeconds },
    ["load"] = new
    {
        seconds = Timeline.Round(loadEnd),
        operations = loadOps.Count,
        byKind = loadOps.GroupBy(o => o.Kind).ToDictionary(g => g.Key, g => g.Count()),
        acknowledged = loadOps.Count(o => o.Outcome == Operation.Acknowledged),
        refused = refused.Count,
        gaveUp = gaveUp.Count,
        attempts = attempts.Count,
        retriedOperations = loadOps.Count(o => o.Attempts > 1),
        maxAttempts = loadOps.Count == 0 ? 0 : loadOps.Max(o => o.Attempts),
        attemptStatuses = attempts.GroupBy(a => a.Status.ToString(CultureInfo.InvariantCulture)).ToDictionary(g => g.Key, g => g.Count()),
    },
    ["faults"] = phases,
    ["afterKill"] = new { killedAtUtc = killAtUtc.ToString("O", CultureInfo.InvariantCulture), lanes = lanesAfterKill, longestRequest = longestAfterKill, nextSuccessBound, budget, budgetMargin },
    ["databaseOutage"] = outageFigures,
    ["reconciliation"] = reconciliation,
    ["failures"] = failures,
    ["passed"] = failures.Count == 0,
};

Directory.CreateDirectory(output);
var json = JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
await File.WriteAllTextAsync(Path.Combine(output, "report.json"), json);
await File.WriteAllLinesAsync(Path.Combine(output, "attempts.csv"),
    driver.Attempts.Select(a => string.Join(',', a.Lane, a.Operation, a.Clerk, a.Key, a.Gateway, Timeline.Round(a.StartS), Timeline.Round(a.EndS), a.Status, a.Code, a.RetryAfter, a.Error?.Replace(',', ' '))).Prepend("lane,operation,clerk,key,gateway,start_s,end_s,status,code,retry_after,error"));

foreach (var (gateway, i) in cluster.GatewayOutputs.Select((g, i) => (g, i)))
{
    await File.WriteAllTextAsync(Path.Combine(output, $"gateway{i}.log"), gateway);
}

foreach (var (silo, i) in cluster.SiloOutputs.Select((s, i) => (s, i)))
{
    await File.WriteAllTextAsync(Path.Combine(output, $"silo{i}.log"), silo);
}

log.WriteLine();
log.WriteLine(json);
log.WriteLine();
log.WriteLine($"Fault test: {loadOps.Count} operations ({loadOps.Count(o => o.Outcome == Operation.Acknowledged)} acknowledged, {refused.Count} refused, {gaveUp.Count} without answer), {attempts.Count} HTTP attempts over {loadEnd:0} s");
foreach (var f in phases)
{
    log.WriteLine($"  {f.Fault}: first success {f.FirstSuccessAfterS?.ToString("0.000", CultureInfo.InvariantCulture) ?? "never"} s after, last failure {f.LastFailureAfterS?.ToString("0.000", CultureInfo.InvariantCulture) ?? "none"} s after, {f.FailedAttempts} failed / {f.SucceededAttempts} ok attempts" +
        (f.DeadDeclaredAfterS is { } d ? $", declared dead after {d:0.0} s" : ""));
}

log.WriteLine("  after the kill, next success per lane (s): " + string.Join(", ", lanesAfterKill.Select(l => $"{l.Lane}: {l.NextSuccessAfterS?.ToString("0.000", CultureInfo.InvariantCulture) ?? "none"}")) +
    $" (bound {nextSuccessBound} s); longest request in flight at or after it: {longestAfterKill?.Seconds.ToString("0.000", CultureInfo.InvariantCulture) ?? "none"} s" +
    (longestAfterKill is { } l ? $" (lane {l.Lane} {l.Operation}, {l.Status} {l.Code})" : "") + $" (bound {budget} s + {budgetMargin} s)");
log.WriteLine($"  database outage: {outageFigures["answeredBeforeRestart"]} answered, statuses {JsonSerializer.Serialize(outageFigures["statuses"])}, max {outageFigures["latencyMsMax"]} ms (bound {outageBound} s)");
log.WriteLine($"  reconciliation: {reconciliation["matterRows"]} matters, {reconciliation["ledgerRows"]} ledger rows, {reconciliation["openMattersActedOn"]} open matters acted on");
log.WriteLine(failures.Count == 0 ? "PASSED: zero lost, zero duplicated, none stuck" : "FAILED:\n  - " + string.Join("\n  - ", failures));
log.WriteLine($"Report: {Path.Combine(output, "report.json")}");
return failures.Count == 0 ? 0 : 1;

static int Setting(string name, int fallback) =>
    int.TryParse(Environment.GetEnvironmentVariable(name), out var value) ? value : fallback;

static double SettingDouble(string name, double fallback) =>
    double.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : fallback;

// The machine's load averages (1, 5, 15 minutes), as uptime prints them.
static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
