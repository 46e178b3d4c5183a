using Network.Gateway.Contracts;
using Network.Gateway.Security;
using Network.Grains.Interfaces.Calendar;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;

namespace Network.Gateway.Endpoints;

/// <summary>Administration: define points, publish catalogs and holiday schedules, manage accounts.</summary>
internal static class AdminEndpoints
{
    public static void MapAdminEndpoints(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin").WithTags("Administration").RequireAuthorization(Roles.Administrator);
        admin.MapPut("/points/{pointCode}", DefineAsync).WithName("DefinePoint").Produces<PointView>();
        admin.MapPut("/points/{pointCode}/catalog", PublishCatalogAsync).WithName("PublishCatalog").Produces<IReadOnlyList<ServiceItem>>();
        admin.MapPut("/calendar", PublishCalendarAsync).WithName("PublishCalendar").Produces<IReadOnlyList<HolidaySchedule>>();
        admin.MapGet("/calendar", async (IClusterClient grains) => Results.Ok(await grains.GetGrain<ICalendarGrain>("CN").GetSchedules()))
            .WithName("GetCalendar").Produces<IReadOnlyList<HolidaySchedule>>();
        admin.MapPut("/accounts/{clerkId}", SaveAccountAsync).WithName("SaveAccount").Produces<AccountView>();
        admin.MapPost("/accounts/{clerkId}/unlock", UnlockAccountAsync).WithName("UnlockAccount").Produces<AccountView>();
        admin.MapGet("/accounts", ListAccountsAsync).WithName("ListAccounts").Produces<IReadOnlyList<AccountView>>();
    }

    private static async Task<IResult> DefineAsync(string pointCode, ServicePointDefinition body, IClusterClient grains)
    {
        var point = Matters.Point(pointCode);
        return Results.Ok(PointView.From(await grains.GetGrain<IServicePointGrain>(point.Value).Define(body)));
    }

    private static async Task<IResult> PublishCatalogAsync(string pointCode, IReadOnlyList<ServiceItem> items, IClusterClient grains)
    {
        var point = Matters.Point(pointCode);
        var catalog = grains.GetGrain<ICatalogGrain>(point.Value);
        await catalog.Publish(items);
        return Results.Ok(await catalog.List());
    }

    private static async Task<IResult> PublishCalendarAsync(CalendarBody body, IClusterClient grains)
    {
        var schedule = new HolidaySchedule(body.Year, body.Source, body.Holidays ?? [], body.Workdays ?? []);
        var calendar = grains.GetGrain<ICalendarGrain>("CN");
        await calendar.Publish(schedule);
        return Results.Ok(await calendar.GetSchedules());
    }

    private static async Task<IResult> SaveAccountAsync(
        string clerkId, AccountBody body, HttpContext context, AccountStore accounts, PasswordHasher hasher, SessionEnds ends, CancellationToken cancellationToken)
    {
        clerkId = ClerkIds.Ensure(clerkId);
        if (!Roles.All.Contains(body.Role, StringComparer.Ordinal))
        {
            throw DomainException.Invalid("role", "role.unknown", $"role is one of {string.Join(", ", Roles.All)}.");
        }

        var point = DivisionCode.Parse(body.PointCode, "pointCode");
        if (string.IsNullOrWhiteSpace(body.DisplayName))
        {
            throw DomainException.Invalid("displayName", "text.required", "displayName is required.");
        }

        var before = await accounts.FindAsync(clerkId, cancellationToken);
        var password = before is null || body.Password is not null ? PasswordRules.Ensure(body.Password, "password") : null;
        var wanted = new ClerkAccount(clerkId, body.DisplayName.Trim(), body.Role, point.Value, string.Empty, body.Disabled);
        var actor = CurrentClerk.From(context.User).Id;
        var (account, newStamp, audits) = AccountChanges.Apply(before, wanted, password is null ? null : hasher.Hash(password), actor, AuditEvent.AddressOf(context));
        await accounts.SaveAsync(account, newStamp, audits, cancellationToken);
        if (newStamp)
        {
            await ends.AccountChangedAsync(account.Id);
        }

        return Results.Ok(AccountView.From(account));
    }

    private static async Task<IResult> UnlockAccountAsync(string clerkId, HttpContext context, AccountStore accounts, CancellationToken cancellationToken)
    {
        var account = await accounts.FindAsync(ClerkIds.Ensure(clerkId), cancellationToken)
            ?? throw DomainException.NotFound("clerkId", "account.notFound", $"There is no account {clerkId}.");
        var actor = CurrentClerk.From(context.User).Id;
        var detail = account.LockedUntil is { } until ? $"was locked until {until:O}" : "was not locked";
        await accounts.UnlockAsync(account.Id, new AuditEvent(actor, "account.unlock", account.Id, AuditEvent.AddressOf(context), AuditEvent.Succeeded, detail), cancellationToken);
        return Results.Ok(AccountView.From(account with { LockedUntil = null }));
    }

    private static async Task<IResult> ListAccountsAsync(AccountStore accounts, CancellationToken cancellationToken, string? point = null)
    {
        if (point is not null)
        {
            DivisionCode.Parse(point, "point");
        }

        var list = await accounts.ListAsync(point, cancellationToken);
        return Results.Ok(list.Select(AccountView.From).ToArray());
    }
}
