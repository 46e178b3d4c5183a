namespace Network.Grains.PersonalData;

/// <summary>
/// The key that encrypts citizens' personal data in the database (configuration
/// <c>Network:PersonalData</c>). Every silo of a cluster needs the same key.
/// </summary>
public sealed class PersonalDataOptions
{
    public const string Section = "Network:PersonalData";

    /// <summary>
    /// The current key: 32 random bytes, base64. Unset: the silo uses, or makes once, a key in
    /// <see cref="KeyFolder"/>.
    /// </summary>
    public string? Key { get; set; }

    /// <summary>Earlier keys (base64), still used to read what they sealed, never to seal.</summary>
    public IReadOnlyList<string> RetiredKeys { get; set; } = [];

    /// <summary>
    /// Where the silo keeps the key it made itself when none is configured: by default the user's
    /// <c>~/.convenience-network/personal-data</c>, so that the silos one user starts on one machine
    /// share it. Mode 700, the key file 600.
    /// </summary>
    public string? KeyFolder { get; set; }
}
