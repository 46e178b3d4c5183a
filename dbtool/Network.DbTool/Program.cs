using Microsoft.Extensions.Logging.Abstractions;
using Network.Database;
using Network.DbTool;

// dbtool <verb> [--connection "<connection string>"]: see Usage.Text and docs/security.md.
if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.WriteLine(Usage.Text);
    return args.Length == 0 ? 1 : 0;
}

string? Connection(string environment)
{
    var i = Array.IndexOf(args, "--connection");
    var value = i > 0 && i + 1 < args.Length ? args[i + 1] : Environment.GetEnvironmentVariable(environment);
    if (string.IsNullOrWhiteSpace(value))
    {
        Console.Error.WriteLine($"No connection string: pass --connection \"Host=…;Username=…;Password=…;Database=network\" or set {environment}.");
        return null;
    }

    return value;
}

switch (args[0])
{
    case "verify-ledger":
    {
        if (Connection("ConnectionStrings__Network") is not { } connection)
        {
            return 1;
        }

        var report = await LedgerChainVerifier.VerifyAsync(connection);
        Console.WriteLine($"Walked {report.Rows} ledger rows of {report.Cases} cases.");
        if (report.Intact)
        {
            Console.WriteLine("Every case's hash chain is intact.");
            return 0;
        }

        Console.WriteLine($"{report.Broken.Count} case(s) with a broken chain (the first broken row of each):");
        foreach (var broken in report.Broken)
        {
            Console.WriteLine("  " + broken);
        }

        return 2;
    }

    case "migrate":
    {
        if (Connection("ConnectionStrings__NetworkMigration") is not { } connection)
        {
            return 1;
        }

        await DatabaseMigrator.MigrateAsync(connection, NullLogger.Instance);
        Console.WriteLine($"Schema up to date ({DatabaseMigrator.ScriptNames.Count} scripts).");
        return 0;
    }

    case "roles":
    {
        if (Connection("ConnectionStrings__NetworkSuperuser") is not { } connection)
        {
            return 1;
        }

        var roles = await DatabaseRoles.EnsureAsync(connection, DatabaseRolePasswords.Generate());
        Console.WriteLine("Roles ready (fresh passwords). Give each process its own, then migrate (dbtool migrate, or a silo's start):");
        Console.WriteLine($"  migrations  ConnectionStrings__NetworkMigration=\"{roles.Migration}\"");
        Console.WriteLine($"  silos       ConnectionStrings__Network=\"{roles.Silo}\"");
        Console.WriteLine($"  gateways    ConnectionStrings__Network=\"{roles.Gateway}\"");
        return 0;
    }

    default:
        Console.Error.WriteLine($"Unknown verb '{args[0]}'.");
        Console.Error.WriteLine(Usage.Text);
        return 1;
}
