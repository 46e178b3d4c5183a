namespace Network.Database;

/// <summary>
/// The local PostgreSQL server cannot start for a reason the operator can fix (a port taken by
/// another program, no folder the server's user can reach); the message is one line saying what
/// and how, meant to be printed instead of a stack trace.
/// </summary>
public sealed class LocalPostgresStartException(string message) : Exception(message);
