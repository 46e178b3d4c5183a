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

    private static async Task<IResult> SaveAccountAsync(string clerkId, AccountBody body, AccountStore accounts, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(clerkId) || clerkId.Length > 64 || clerkId.Any(char.IsControl))
        {
            throw DomainException.Invalid("clerkId", "id.invalid", "An account id is 1-64 characters.");
        }

        if (!Roles.All.Contains(body.Role, StringComparer.Ordinal))
        {
            throw DomainException.Invalid("role", "role.unknown", $"role is one of {string.Join(", ", Roles.All)}.");
        }

        var point = DivisionCode.Parse(body.PointCode, "pointCode");
        if (string.IsNullOrWhiteSpace(body.DisplayName))
        {
            throw DomainException.Invalid("displayName", "text.required", "displayName is required.");
        }

        if (body.Password is not { Length: >= 8 and <= 200 })
        {
            throw DomainException.Invalid("password", "password.weak", "A password has 8 to 200 characters.");
        }

        var account = new ClerkAccount(clerkId, body.DisplayName.Trim(), body.Role, point.Value, PasswordHasher.Hash(body.Password), body.Disabled);
        await accounts.UpsertAsync(account, cancellationToken);
        return Results.Ok(new AccountView(account.Id, account.DisplayName, account.Role, account.PointCode, account.Disabled));
    }

    private static async Task<IResult> ListAccountsAsync(AccountStore accounts, CancellationToken cancellationToken, string? point = null)
    {
        if (point is not null)
        {
            DivisionCode.Parse(point, "point");
        }

        var list = await accounts.ListAsync(point, cancellationToken);
        return Results.Ok(list.Select(a => new AccountView(a.Id, a.DisplayName, a.Role, a.PointCode, a.Disabled)).ToArray());
    }
}
