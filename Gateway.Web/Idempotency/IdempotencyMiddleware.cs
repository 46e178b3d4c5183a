using System.Buffers;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Network.Gateway.Errors;
using Network.Gateway.Hosting;
using Network.Grains.Interfaces.Cases;

namespace Network.Gateway.Idempotency;

/// <summary>
/// <c>Idempotency-Key</c> on mutating API requests: the first request with a key runs and its
/// response (success or refusal) is stored; a retry with the same key, by the same clerk, on the
/// same route with the same body gets that response again and acts on nothing. The same key with
/// anything else is refused with 422. An endpoint that opens a case (<see cref="KeyRecordedWithCase"/>,
/// the intake) gets the key handed to its grain instead, which records it with the case in one
/// transaction and answers a retry itself. A 503 (an infrastructure failure or a spent request budget,
/// whose outcome is unknown) is not stored and the key's lease is released, so the retry runs again
/// at once (the matter's grain answers a command it already applied as it stands). When
/// the release itself fails (the database is down), it is retried in the background
/// (<see cref="IdempotencyReleaseQueue"/>) until the database answers again.
/// </summary>
public sealed class IdempotencyMiddleware(
    RequestDelegate next,
    IdempotencyStore store,
    IdempotencyReleaseQueue releases,
    GatewayExceptionHandler errors,
    IOptions<GatewayOptions> options,
    TimeProvider time,
    ILogger<IdempotencyMiddleware> logger)
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotency-Replayed";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.Headers.TryGetValue(Header, out var values)
            || !(HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsPatch(request.Method) || HttpMethods.IsDelete(request.Method))
            || !request.Path.StartsWithSegments("/api")
            || context.User.Identity?.IsAuthenticated != true
            || context.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } clerkId)
        {
            await next(context);
            return;
        }

        var key = values.ToString();
        if (key.Length is 0 or > 100 || key.AsSpan().ContainsAnyExceptInRange('!', '~'))
        {
            await WriteProblemAsync(context, Problems.Create(400, "idempotency.keyInvalid", "An Idempotency-Key is 1-100 visible ASCII characters.", Header));
            return;
        }

        var hash = await HashBodyAsync(request, options.Value.MaxRequestBodyBytes, context.RequestAborted);
        var route = request.Path.Value + request.QueryString.Value;
        if (context.GetEndpoint()?.Metadata.GetMetadata<KeyRecordedWithCase>() is not null)
        {
            // The grain records the key with the case it opens, in the same transaction.
            context.Features.Set(new IdempotencyFeature(new RequestKey(clerkId, key, request.Method, route, hash)));
            await next(context);
            return;
        }

        var existing = await store.TryClaimAsync(clerkId, key, request.Method, route, hash, context.RequestAborted);
        if (existing is not null)
        {
            if (existing.Method != request.Method || existing.Route != route || existing.RequestHash != hash)
            {
                await WriteProblemAsync(context, Problems.Create(422, "idempotency.mismatch", $"This Idempotency-Key was first used for {existing.Method} {existing.Route} with another body; use a new key for a new request.", Header));
                return;
            }

            if (existing.StatusCode is { } status)
            {
                logger.LogInformation("Replaying the stored response of an Idempotency-Key of {Clerk} for {Method} {Route}", clerkId, request.Method, route);
                context.Response.StatusCode = status;
                context.Response.ContentType = existing.ContentType;
                if (existing.Location is not null)
                {
                    context.Response.Headers.Location = existing.Location;
                }

                context.Response.Headers[ReplayedHeader] = "true";
                await context.Response.Body.WriteAsync(existing.ResponseBody ?? [], context.RequestAborted);
                return;
            }

            if (existing.LockedUntil > DateTimeOffset.UtcNow || !await store.TryTakeOverAsync(clerkId, key, context.RequestAborted))
            {
                context.Response.Headers.RetryAfter = "1";
                await WriteProblemAsync(context, Problems.Create(409, "idempotency.inProgress", "The first request with this Idempotency-Key is still running; retry shortly.", Header));
                return;
            }
        }

        await RunAndStoreAsync(context, clerkId, key);
    }

    private async Task RunAndStoreAsync(HttpContext context, string clerkId, string key)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            try
            {
                await next(context);
            }
            catch (Exception e) when (GatewayExceptionHandler.Classify(e).Status is < 500)
            {
                // A refusal (4xx) is the answer to this request: written here so it can be stored.
                await errors.TryHandleAsync(context, e, context.RequestAborted);
            }

            var status = context.Response.StatusCode;
            if (status < 500)
            {
                await store.CompleteAsync(clerkId, key, status, context.Response.ContentType, context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null, buffer.ToArray(), CancellationToken.None);
            }
            else
            {
                await store.ReleaseAsync(clerkId, key, CancellationToken.None);
            }
        }
        catch
        {
            await TryReleaseAsync(clerkId, key);
            throw;
        }
        finally
        {
            context.Response.Body = original;
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private async Task TryReleaseAsync(string clerkId, string key)
    {
        try
        {
            await store.ReleaseAsync(clerkId, key, CancellationToken.None);
        }
        catch (Exception e) when (GatewayExceptionHandler.IsInfrastructure(e))
        {
            // Retried in the background until the database answers; at worst the lease lapses on its own.
            logger.LogWarning("Could not release an Idempotency-Key of {Clerk} now; retrying in the background: {Error}", clerkId, e.Message);
            releases.Enqueue(clerkId, key, time.GetUtcNow() + IdempotencyStore.Lease);
        }
    }

    /// <summary>
    /// The body's SHA-256 (hex), read once into the request's buffer (so the endpoint reads it
    /// again) and hashed as it comes: no copy of the body is kept here.
    /// </summary>
    private static async Task<string> HashBodyAsync(HttpRequest request, long max, CancellationToken cancellationToken)
    {
        if (request.ContentLength > max)
        {
            throw new BadHttpRequestException("The request body is too large.", StatusCodes.Status413PayloadTooLarge);
        }

        request.EnableBuffering();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            long length = 0;
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                hash.AppendData(chunk, 0, read);
                length += read;
                if (length > max)
                {
                    throw new BadHttpRequestException("The request body is too large.", StatusCodes.Status413PayloadTooLarge);
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        request.Body.Position = 0;
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private async Task WriteProblemAsync(HttpContext context, Microsoft.AspNetCore.Mvc.ProblemDetails problem)
    {
        context.Response.StatusCode = problem.Status ?? 400;
        await errors.WriteAsync(context, problem);
    }
}
