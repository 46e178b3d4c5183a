using Network.Grains.Interfaces;
using Network.Gateway.Contracts;
using Network.Gateway.Security;
using Network.Grains.Interfaces.Calendar;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;

namespace Network.Gateway.Endpoints;

/// <summary>
/// Administration: define points, publish catalogs and holiday schedules, manage accounts, check
/// the audit chain. Each act is scoped (<see cref="AdministratorScope"/>: the administrator's city,
/// or the province) and audited with the administrator as actor; an act outside the scope is
/// refused (403) before anything is done, and the refusal is audited too.
/// </summary>
internal static class AdminEndpoints
{
    public static void MapAdminEndpoints(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin").WithTags("Administration").RequireAuthorization(Roles.Administrator);
        admin.MapPut("/points/{pointCode}", DefineAsync).WithName("DefinePoint").Produces<PointView>();
        admin.MapPut("/points/{pointCode}/catalog", PublishCatalogAsync).WithName("PublishCatalog").Produces<IReadOnlyList<ServiceItem>>();
        admin.MapPut("/cities/{cityCode}/master-catalog", PublishMasterCatalogAsync).WithName("PublishMasterCatalog").Produces<IReadOnlyList<ServiceItem>>()
            .WithSummary("Publishes the city's master catalog (基本目录), in force from today; the points' implementation lists select from it.");
        admin.MapPut("/calendar", PublishCalendarAsync).WithName("PublishCalendar").Produces<IReadOnlyList<HolidaySchedule>>();
        admin.MapGet("/calendar", async (IClusterClient grains) => Results.Ok(await grains.Reference<ICalendarGrain>("CN").GetSchedules()))
            .WithName("GetCalendar").Produces<IReadOnlyList<HolidaySchedule>>();
        admin.MapPut("/accounts/{clerkId}", SaveAccountAsync).WithName("SaveAccount").Produces<AccountView>();
        admin.MapPost("/accounts/{clerkId}/unlock", UnlockAccountAsync).WithName("UnlockAccount").Produces<AccountView>();
        admin.MapGet("/accounts", ListAccountsAsync).WithName("ListAccounts").Produces<IReadOnlyList<AccountView>>();
        admin.MapGet("/audit/chain", CheckAuditChainAsync).WithName("CheckAuditChain").Produces<AuditChainReport>()
            .WithSummary("Recomputes the audit log's hash chain and says where it breaks (province administrators).");
    }

    private static async Task<IResult> DefineAsync(
        string pointCode, ServicePointDefinition body, HttpContext context, IClusterClient grains, AdministratorScope scope, AuditLog audit, CancellationToken cancellationToken)
    {
        var point = Matters.Point(pointCode);
        var administrator = CurrentClerk.From(context.User);
        await GuardAsync(context, audit, "point.define", point.Value, () => scope.EnsureCovers(administrator, point), cancellationToken);
        var profile = await grains.Reference<IServicePointGrain>(point.Value).Define(body);
        await audit.WriteAsync(
            Succeeded(context, "point.define", point.Value, $"{profile.Name}: {profile.Windows.Count} windows, {profile.ProxyAgents.Count} proxy agents, {profile.Directors.Count} directors"),
            cancellationToken);
        return Results.Ok(PointView.From(profile));
    }

    private static async Task<IResult> PublishCatalogAsync(
        string pointCode, IReadOnlyList<ServiceItem> items, HttpContext context, IClusterClient grains, AdministratorScope scope, AuditLog audit, CancellationToken cancellationToken)
    {
        var point = Matters.Point(pointCode);
        var administrator = CurrentClerk.From(context.User);
        await GuardAsync(context, audit, "catalog.publish", point.Value, () => scope.EnsureCovers(administrator, point), cancellationToken);
        var catalog = grains.Reference<ICatalogGrain>(point.Value);
        await catalog.Publish(items);
        var published = await catalog.List();
        await audit.WriteAsync(
            Succeeded(context, "catalog.publish", point.Value, $"{published.Count} items: {string.Join(", ", published.Select(i => $"{i.Id}@{i.WindowId}"))}"),
            cancellationToken);
        return Results.Ok(published);
    }

    private static async Task<IResult> PublishMasterCatalogAsync(
        string cityCode, IReadOnlyList<ServiceItem> items, HttpContext context, IClusterClient grains, AdministratorScope scope, AuditLog audit, CancellationToken cancellationToken)
    {
        var city = Matters.Point(cityCode);
        var administrator = CurrentClerk.From(context.User);
        await GuardAsync(context, audit, "catalog.publishMaster", city.Value, () => scope.EnsureCovers(administrator, city), cancellationToken);
        var published = await grains.Reference<IMasterCatalogGrain>(city.Value).Publish(items);
        await audit.WriteAsync(
            Succeeded(context, "catalog.publishMaster", city.Value, $"{published.Count} items: {string.Join(", ", published.Select(i => $"{i.Code} v{i.Version}"))}"),
            cancellationToken);
        return Results.Ok(published);
    }

    private static async Task<IResult> PublishCalendarAsync(
        CalendarBody body, HttpContext context, IClusterClient grains, AdministratorScope scope, AuditLog audit, CancellationToken cancellationToken)
    {
        var administrator = CurrentClerk.From(context.User);
        await GuardAsync(context, audit, "calendar.publish", "CN", () => scope.EnsureProvince(administrator, "year", "publish the national holiday calendar"), cancellationToken);
        var schedule = new HolidaySchedule(body.Year, body.Source, body.Holidays ?? [], body.Workdays ?? []);
        var calendar = grains.Reference<ICalendarGrain>("CN");
        await calendar.Publish(schedule);
        await audit.WriteAsync(
            Succeeded(context, "calendar.publish", "CN", $"{schedule.Year} ({schedule.Source}): {schedule.Holidays.Count} holidays, {schedule.Workdays.Count} workdays"),
            cancellationToken);
        return Results.Ok(await calendar.GetSchedules());
    }

    private static async Task<IResult> SaveAccountAsync(
        string clerkId,
        AccountBody body,
        HttpContext context,
        AccountStore accounts,
        PasswordHasher hasher,
        SessionEnds ends,
        AdministratorScope scope,
        AuditLog audit,
        CancellationToken cancellationToken)
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

        var administrator = CurrentClerk.From(context.User);
        var before = await accounts.FindAsync(clerkId, cancellationToken);
        await GuardAsync(context, audit, "account.save", clerkId, () => scope.EnsureMayManage(administrator, clerkId, before, point), cancellationToken);
        var password = before is null || body.Password is not null ? PasswordRules.Ensure(body.Password, "password") : null;
        var wanted = new ClerkAccount(clerkId, body.DisplayName.Trim(), body.Role, point.Value, string.Empty, body.Disabled);
        var (account, newStamp, audits) = AccountChanges.Apply(before, wanted, password is null ? null : hasher.Hash(password), administrator.Id, AuditEvent.AddressOf(context));
        await accounts.SaveAsync(account, newStamp, audits, cancellationToken);
        if (newStamp)
        {
            await ends.AccountChangedAsync(account.Id);
        }

        return Results.Ok(AccountView.From(account));
    }

    private static async Task<IResult> UnlockAccountAsync(
        string clerkId, HttpContext context, AccountStore accounts, AdministratorScope scope, AuditLog audit, CancellationToken cancellationToken)
    {
        var account = await accounts.FindAsync(ClerkIds.Ensure(clerkId), cancellationToken)
            ?? throw DomainException.NotFound("clerkId", "account.notFound", $"There is no account {clerkId}.");
        var administrator = CurrentClerk.From(context.User);
        await GuardAsync(context, audit, "account.unlock", account.Id, () => scope.EnsureMayManage(administrator, account.Id, account, null), cancellationToken);
        var detail = account.LockedUntil is { } until ? $"was locked until {until:O}" : "was not locked";
        await accounts.UnlockAsync(account.Id, new AuditEvent(administrator.Id, "account.unlock", account.Id, AuditEvent.AddressOf(context), AuditEvent.Succeeded, detail), cancellationToken);
        return Results.Ok(AccountView.From(account with { LockedUntil = null }));
    }

    /// <summary>The accounts of a point and below (<paramref name="point"/>), within the administrator's city; all of it without one.</summary>
    private static async Task<IResult> ListAccountsAsync(
        HttpContext context, AccountStore accounts, AdministratorScope scope, CancellationToken cancellationToken, string? point = null)
    {
        var administrator = CurrentClerk.From(context.User);
        var prefix = point is null ? scope.CityOf(administrator) : scope.EnsureCovers(administrator, DivisionCode.Parse(point, "point"), "point").Value;
        var list = await accounts.ListAsync(prefix, cancellationToken);
        return Results.Ok(list.Select(AccountView.From).ToArray());
    }

    private static async Task<IResult> CheckAuditChainAsync(HttpContext context, AdministratorScope scope, AuditChain chain, CancellationToken cancellationToken)
    {
        scope.EnsureProvince(CurrentClerk.From(context.User), "audit", "check the audit chain");
        return Results.Ok(await chain.VerifyAsync(cancellationToken));
    }

    /// <summary>Runs the scope check; a refusal is audited (outcome <c>refused</c>) and then thrown as it was.</summary>
    private static async Task GuardAsync(HttpContext context, AuditLog audit, string action, string subject, Action check, CancellationToken cancellationToken)
    {
        try
        {
            check();
        }
        catch (DomainException e) when (e.Kind == DomainErrorKind.Forbidden)
        {
            await audit.WriteAsync(
                new AuditEvent(CurrentClerk.From(context.User).Id, action, subject, AuditEvent.AddressOf(context), AuditEvent.Refused, e.Message),
                cancellationToken);
            throw;
        }
    }

    private static AuditEvent Succeeded(HttpContext context, string action, string subject, string detail) =>
        new(CurrentClerk.From(context.User).Id, action, subject, AuditEvent.AddressOf(context), AuditEvent.Succeeded, detail);
}
