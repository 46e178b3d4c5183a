namespace Network.DbTool;

/// <summary>The tool's help text.</summary>
internal static class Usage
{
    public const string Text =
        """
        dbtool <verb> [--connection "<connection string>"]
          verify-ledger  walk every case's ledger hash chain; exit 0 when intact, 2 when broken
                         (the first broken row of each case is printed).
                         Connection: --connection, else ConnectionStrings__Network.
          migrate        apply the schema scripts as the migration role.
                         Connection: --connection, else ConnectionStrings__NetworkMigration.
          roles          create or update the roles network_migration, network_silo, network_gateway
                         with fresh passwords and print their connection strings.
                         Connection: --connection (a superuser), else ConnectionStrings__NetworkSuperuser.
        """;
}
