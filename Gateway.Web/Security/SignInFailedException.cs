namespace Network.Gateway.Security;

/// <summary>Wrong clerk id or password (or a disabled account): answered 401 without saying which.</summary>
public sealed class SignInFailedException() : Exception("The clerk id or the password is wrong.");
