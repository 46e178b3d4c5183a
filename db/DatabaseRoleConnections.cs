namespace Network.Database;

/// <summary>The connection string of each role of <see cref="DatabaseRoles"/>, for one database.</summary>
/// <param name="Migration">The schema's owner: for the migrations only (<c>ConnectionStrings:NetworkMigration</c>).</param>
/// <param name="Silo">The silos' own (<c>ConnectionStrings:Network</c> of a silo).</param>
/// <param name="Gateway">The gateways' own (<c>ConnectionStrings:Network</c> of a gateway).</param>
public sealed record DatabaseRoleConnections(string Migration, string Silo, string Gateway);
