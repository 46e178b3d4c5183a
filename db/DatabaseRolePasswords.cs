using System.Security.Cryptography;

namespace Network.Database;

/// <summary>The passwords of the roles of <see cref="DatabaseRoles"/>.</summary>
public sealed record DatabaseRolePasswords(string Migration, string Silo, string Gateway)
{
    /// <summary>Three fresh random passwords (32 bytes each, base64url).</summary>
    public static DatabaseRolePasswords Generate() => new(NewPassword(), NewPassword(), NewPassword());

    /// <summary>A random password of 32 bytes as base64url (43 characters of A-Z, a-z, 0-9, '-', '_').</summary>
    public static string NewPassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
