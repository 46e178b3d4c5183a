using Network.Grains.Interfaces.Errors;

namespace Network.Gateway.Security;

/// <summary>What a new password must be (the one rule for accounts made, reset or changed).</summary>
public static class PasswordRules
{
    public const int MinLength = 8;
    public const int MaxLength = 200;

    /// <summary>Refuses with 400 <c>password.weak</c> naming <paramref name="field"/>.</summary>
    public static string Ensure(string? password, string field)
    {
        if (password is not { Length: >= MinLength and <= MaxLength })
        {
            throw DomainException.Invalid(field, "password.weak", $"A password has {MinLength} to {MaxLength} characters.");
        }

        return password;
    }
}
