using Network.Grains.Interfaces.Errors;

namespace Network.Grains.Matters.Rules;

/// <summary>
/// The refusals the matter's policy returns (<see cref="DomainException"/>, not thrown by the policy
/// itself). A view's allowed actions ask the policy about every action and keep only whether each is
/// refused (<see cref="WhetherOnly{TArg, TResult}"/>): meanwhile every refusal is one shared value and its message
/// (<see cref="RefusalText"/>) is not formatted, so listing a view's actions builds none of the
/// eight or nine refusals it discards. A refusal that is thrown or answered is always made in full.
/// </summary>
public static class Refusal
{
    [ThreadStatic]
    private static bool _onlyWhether;

    // Stands for every refusal while only whether is asked; never thrown, never answered.
    private static readonly DomainException Refused = new(DomainErrorKind.Conflict, "refused", "Refused (only whether was asked).");

    /// <summary>True on this thread while <see cref="WhetherOnly{TArg, TResult}"/> runs.</summary>
    public static bool OnlyWhether => _onlyWhether;

    /// <summary>
    /// Runs <paramref name="ask"/> (pure and synchronous, as the policy is) with refusals reduced to
    /// whether they happen. <paramref name="ask"/> must not let a refusal out of it.
    /// </summary>
    public static TResult WhetherOnly<TArg, TResult>(TArg arg, Func<TArg, TResult> ask)
    {
        var outer = _onlyWhether;
        _onlyWhether = true;
        try
        {
            return ask(arg);
        }
        finally
        {
            _onlyWhether = outer;
        }
    }

    public static DomainException Conflict(string code, RefusalText message, string? field = null) =>
        _onlyWhether ? Refused : DomainException.Conflict(code, message.ToStringAndClear(), field);

    public static DomainException Conflict(string code, string message, string? field = null) =>
        _onlyWhether ? Refused : DomainException.Conflict(code, message, field);

    public static DomainException Forbidden(string field, string code, RefusalText message) =>
        _onlyWhether ? Refused : DomainException.Forbidden(field, code, message.ToStringAndClear());

    public static DomainException Forbidden(string field, string code, string message) =>
        _onlyWhether ? Refused : DomainException.Forbidden(field, code, message);

    public static DomainException NotFound(string field, string code, RefusalText message) =>
        _onlyWhether ? Refused : DomainException.NotFound(field, code, message.ToStringAndClear());

    public static DomainException Invalid(string field, string code, string message) =>
        _onlyWhether ? Refused : DomainException.Invalid(field, code, message);
}
