namespace Network.Gateway.Security;

/// <summary>
/// A refused sign-in, answered as a problem with <see cref="Status"/>, <see cref="Code"/> and
/// <see cref="Field"/>. By default: wrong clerk id or password, or a disabled account (401
/// <c>auth.failed</c>), without saying which.
/// </summary>
public sealed class SignInFailedException(
    string message = SignInFailedException.Wrong,
    string code = "auth.failed",
    string field = "password",
    int status = StatusCodes.Status401Unauthorized) : Exception(message)
{
    public const string Wrong = "The clerk id or the password is wrong.";

    public int Status { get; } = status;

    public string Code { get; } = code;

    public string Field { get; } = field;
}
