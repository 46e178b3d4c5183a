using Microsoft.AspNetCore.Mvc;
using Network.Grains.Interfaces.Errors;

namespace Network.Gateway.Errors;

/// <summary>Builds the RFC 9457 problem documents the gateway answers with.</summary>
public static class Problems
{
    public const string ContentType = "application/problem+json";

    public static int StatusOf(DomainErrorKind kind) => kind switch
    {
        DomainErrorKind.Invalid => StatusCodes.Status400BadRequest,
        DomainErrorKind.NotFound => StatusCodes.Status404NotFound,
        DomainErrorKind.Conflict => StatusCodes.Status409Conflict,
        DomainErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        DomainErrorKind.KeyReused => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status400BadRequest,
    };

    public static ProblemDetails FromDomain(DomainException e) =>
        Create(StatusOf(e.Kind), e.Code, e.Message, e.Field);

    /// <summary>A problem naming <paramref name="field"/> (as <c>errors: { field: [message] }</c>) and a stable <paramref name="code"/>.</summary>
    public static ProblemDetails Create(int status, string code, string detail, string? field = null)
    {
        var problem = new ProblemDetails
        {
            Status = status,
            Title = TitleOf(status),
            Detail = detail,
            Type = $"https://httpstatuses.io/{status}",
        };
        problem.Extensions["code"] = code;
        if (field is not null)
        {
            problem.Extensions["field"] = field;
            problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [detail] };
        }

        return problem;
    }

    public static string TitleOf(int status) => status switch
    {
        400 => "The request is not valid.",
        401 => "Sign-in is required.",
        403 => "You may not do this here.",
        404 => "Not found.",
        409 => "The current state does not allow this.",
        413 => "The request body is too large.",
        415 => "The request body must be JSON.",
        422 => "This Idempotency-Key was used for a different request.",
        429 => "Too many requests; try again later.",
        503 => "The service is temporarily unavailable; try again.",
        _ => "The request failed.",
    };
}
