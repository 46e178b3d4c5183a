namespace Network.Gateway.Security;

/// <summary>The outcome of checking a password against a stored hash.</summary>
public enum PasswordCheck
{
    Wrong,
    Right,

    /// <summary>Right, but the hash has fewer iterations than the gateway now makes: store a new one.</summary>
    RightButWeak,
}
