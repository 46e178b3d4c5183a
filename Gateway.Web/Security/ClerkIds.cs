using Network.Grains.Interfaces.Errors;

namespace Network.Gateway.Security;

/// <summary>What an account id is (the one rule for sign-in, password change and administration): 1–64 characters, no control characters.</summary>
public static class ClerkIds
{
    public const int MaxLength = 64;

    /// <summary>The trimmed id, or 400 naming <paramref name="field"/> (<c>text.required</c> when empty, else <c>id.invalid</c>).</summary>
    public static string Ensure(string? id, string field = "clerkId")
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw DomainException.Invalid(field, "text.required", $"{field} is required.");
        }

        var trimmed = id.Trim();
        if (trimmed.Length > MaxLength || trimmed.Any(char.IsControl))
        {
            throw DomainException.Invalid(field, "id.invalid", $"An account id is 1-{MaxLength} characters without control characters.");
        }

        return trimmed;
    }
}
