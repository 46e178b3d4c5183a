namespace Network.Gateway.Open311;

/// <summary>A registered Open311 client: its name, the points its key may file for (a division code and everything below), who issued it and when.</summary>
public sealed record Open311Client(string ClientId, string Name, string ScopeCode, string IssuedBy, DateTimeOffset IssuedAt, DateTimeOffset? RevokedAt);

/// <summary>A client just registered, with its api key: shown once, stored only as its hash.</summary>
public sealed record Open311ClientIssued(Open311Client Client, string ApiKey);
