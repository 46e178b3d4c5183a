using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Network.Gateway.Security;

/// <summary>A refresh token: 32 random bytes (base64url) given to the client once; PostgreSQL keeps only its SHA-256.</summary>
public sealed record RefreshToken(string Token, byte[] Hash)
{
    public static RefreshToken New()
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return new RefreshToken(token, HashOf(token));
    }

    public static byte[] HashOf(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
