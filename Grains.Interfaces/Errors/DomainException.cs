namespace Network.Grains.Interfaces.Errors;

/// <summary>
/// A refusal by a rule of the trade. Orleans serializes exceptions thrown by a grain back to
/// the caller, so this type carries the field and a stable code across the wire; the state of
/// the grain that threw it is unchanged.
/// </summary>
[GenerateSerializer]
public sealed class DomainException : Exception
{
    public DomainException(DomainErrorKind kind, string code, string message, string? field = null)
        : base(message)
    {
        Kind = kind;
        Code = code;
        Field = field;
    }

    /// <summary>How the refusal should be reported.</summary>
    [Id(0)]
    public DomainErrorKind Kind { get; }

    /// <summary>A stable, machine-readable reason, e.g. <c>materials.unknown</c>.</summary>
    [Id(1)]
    public string Code { get; }

    /// <summary>The input field the refusal is about, in camelCase, if any.</summary>
    [Id(2)]
    public string? Field { get; }

    public static DomainException Invalid(string field, string code, string message) =>
        new(DomainErrorKind.Invalid, code, message, field);

    public static DomainException NotFound(string field, string code, string message) =>
        new(DomainErrorKind.NotFound, code, message, field);

    public static DomainException Conflict(string code, string message, string? field = null) =>
        new(DomainErrorKind.Conflict, code, message, field);

    public static DomainException Forbidden(string field, string code, string message) =>
        new(DomainErrorKind.Forbidden, code, message, field);

    /// <summary>The Idempotency-Key was first used for another request (another route or body).</summary>
    public static DomainException KeyReused(string message) =>
        new(DomainErrorKind.KeyReused, "idempotency.mismatch", message, "Idempotency-Key");
}
