using Microsoft.Extensions.Options;
using Network.Gateway.Hosting;

namespace Network.Gateway.Security;

/// <summary>
/// Creates the demo accounts at start when <c>Gateway:SeedDemoAccounts</c> is true (the run
/// command; never in production). Idempotent: only missing accounts are created, so a password
/// changed since is kept. Every demo account has the same, published password, so one hash (one
/// salt) serves them all: seeding costs one PBKDF2 run however large the network; a password the
/// clerk changes gets a hash and salt of its own.
/// </summary>
public sealed class DemoAccountSeeder(
    AccountStore accounts,
    PasswordHasher hasher,
    IOptions<GatewayOptions> options,
    IHostEnvironment environment,
    ILogger<DemoAccountSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.SeedDemoAccounts)
        {
            return;
        }

        if (string.IsNullOrEmpty(settings.DemoPassword) || settings.DemoPassword.Length < 8)
        {
            throw new InvalidOperationException("Gateway:SeedDemoAccounts is on but Gateway:DemoPassword is missing or shorter than 8 characters.");
        }

        var path = new[] { environment.ContentRootPath, AppContext.BaseDirectory }
            .Select(root => Path.GetFullPath(settings.DemoNetworkFile, root))
            .FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException($"Demo network file {settings.DemoNetworkFile} was not found.");

        var wanted = await DemoNetworkAccounts.ReadAsync(path, cancellationToken);
        var existing = await accounts.ExistingIdsAsync(cancellationToken);
        var missing = wanted.Where(a => !existing.Contains(a.Id)).ToArray();
        var hash = missing.Length == 0 ? string.Empty : hasher.Hash(settings.DemoPassword);
        var created = await accounts.InsertMissingAsync(missing.Select(a => a with { PasswordHash = hash }), cancellationToken);
        logger.LogInformation("Demo accounts ready: {Total} in {File}, {Created} created now", wanted.Count, path, created);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
