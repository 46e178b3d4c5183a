using System.Net;
using System.Text.Json;
using Network.Gateway.Tests.Infrastructure;
using Network.Grains.Interfaces.Accountability;
using Network.Grains.Interfaces.Complaints;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Supervision;
using Npgsql;

namespace Network.Gateway.Tests;

/// <summary>
/// Complaints, supervision orders and accountability records through the gateway, on the demo
/// network: the public page, the supervisors' accounts, the grain's refusals as problem documents,
/// and nothing stored for bad input.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class OversightTests(GatewayFixture fx)
{
    private const string TownSupervisor = "s-510682101";
    private static int _citizens;

    [Fact]
    public async Task A_citizen_files_an_anonymous_complaint_on_the_public_page_and_it_reaches_the_directors_workbench()
    {
        var response = await Citizen().PostAsync($"/public/points/{Demo.Township}/complaints", new
        {
            type = "Transfer",
            subject = new { kind = "Window", windowId = Demo.CivilAffairs },
            content = "窗口人员中午提前离岗，等了一个小时。",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var receipt = await response.ReadAsync<PublicComplaintReceipt>();
        Assert.True(receipt.Anonymous);
        Assert.StartsWith(Demo.Township + "-TS", receipt.Number, StringComparison.Ordinal);

        using var director = await fx.As(Demo.TownDirector);
        var workbench = await (await director.GetAsync($"/api/points/{Demo.Township}/complaints")).ReadAsync<ComplaintSummary[]>();
        var line = Assert.Single(workbench, c => c.Number == receipt.Number);
        Assert.Equal((ComplaintChannel.Web, ComplaintStatus.Registered), (line.Channel, line.Status));
        var view = await (await director.GetAsync($"/api/complaints/{receipt.Number}")).ReadAsync<ComplaintView>();
        Assert.True(view.Anonymous);
        Assert.Contains(ComplaintAction.Acknowledge, view.AllowedActions);
        Assert.DoesNotContain(ComplaintAction.Reply, view.AllowedActions);
    }

    [Fact]
    public async Task A_named_web_complaint_is_sealed_at_rest_and_shown_in_clear_only_to_those_who_handle_it()
    {
        var receipt = await (await Citizen().PostAsync($"/public/points/{Demo.Township}/complaints", new
        {
            type = "Suggestion",
            subject = new { kind = "Center" },
            content = "建议增加周末值班窗口。",
            complainant = new { name = "欧阳晓燕", phone = "13912345678" },
        })).ReadAsync<PublicComplaintReceipt>();

        using var director = await fx.As(Demo.TownDirector);
        using var monitor = await fx.As(Demo.Monitor);
        var handler = await (await director.GetAsync($"/api/complaints/{receipt.Number}")).ReadAsync<ComplaintView>();
        var watcher = await (await monitor.GetAsync($"/api/complaints/{receipt.Number}")).ReadAsync<ComplaintView>();

        Assert.Equal(("欧阳晓燕", "13912345678"), (handler.ComplainantName, handler.ComplainantPhone));
        Assert.Equal(("欧***", "*******5678"), (watcher.ComplainantName, watcher.ComplainantPhone));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM case_record WHERE kind = 'complaint' AND case_id = $1 AND (state::text LIKE '%欧阳%' OR state::text LIKE '%13912345678%')", receipt.Number));
    }

    [Fact]
    public async Task Bad_input_gets_a_problem_document_and_stores_nothing()
    {
        var before = await CountAsync("SELECT count(*) FROM case_record WHERE kind = 'complaint'");
        var url = $"/public/points/{Demo.Township}/complaints";

        await (await Citizen().PostAsync(url, new { type = "Transfer", subject = new { kind = "Window", windowId = "no-such-window" }, content = "太慢" }))
            .AssertProblemAsync(404, "subject.windowId", "window.unknown");
        await (await Citizen().PostAsync(url, new { type = "Transfer", subject = new { kind = "Center" }, content = new string('慢', 2001) }))
            .AssertProblemAsync(400, "content", "text.tooLong");
        await (await Citizen().PostAsync(url, new { type = "OnSiteCoordination", subject = new { kind = "Center" }, content = "太慢" }))
            .AssertProblemAsync(400, "type", "complaint.onSiteAtHallOnly");
        await (await Citizen().PostAsync(url, new { type = "Transfer", subject = new { kind = "Matter", receiptNumber = Api.UnusedReceipt() }, content = "没办好" }))
            .AssertProblemAsync(404, "subject.receiptNumber", "matter.unknown");
        await (await Citizen().PostAsync(url, new { type = "Transfer", subject = new { kind = "Center" }, content = "太慢", complainant = new { name = "李四" } }))
            .AssertProblemAsync(400, "complainant.phone", "text.required");
        await (await Citizen().PostAsync("/public/points/510682999/complaints", new { type = "Transfer", subject = new { kind = "Center" }, content = "太慢" }))
            .AssertProblemAsync(404, "pointCode", "point.undefined");
        await (await Citizen().SendRawAsync(HttpMethod.Post, url, """{"type":"Bogus","subject":{"kind":"Center"},"content":"太慢"}""")).AssertProblemAsync(400);

        Assert.Equal(before, await CountAsync("SELECT count(*) FROM case_record WHERE kind = 'complaint'"));
    }

    [Fact]
    public async Task A_supervisor_handles_a_complaint_and_orders_the_point_below_which_replies()
    {
        using var supervisor = await fx.As(TownSupervisor);
        var me = JsonDocument.Parse(await (await supervisor.GetAsync("/api/auth/me")).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Supervisor", me.GetProperty("role").GetString());
        var complaint = await (await supervisor.PostAsync($"/api/points/{Demo.Village}/complaints", new
        {
            channel = "Phone",
            type = "Transfer",
            subject = new { kind = "Center" },
            content = "村服务站经常无人值守。",
            complainant = new { name = "王建国", phone = "13800001111" },
        })).ReadAsync<ComplaintView>();
        Assert.Equal(Demo.Village, complaint.HandlingPointCode);

        using var clerk = await fx.As(Demo.TownClerkA);
        await (await clerk.PostAsync("/api/supervision-orders", new { target = new { kind = "Complaint", caseId = complaint.Number }, instructions = "请核实", workingDays = 3 }))
            .AssertProblemAsync(403, "role", "auth.role");
        var order = await (await supervisor.PostAsync("/api/supervision-orders", new { target = new { kind = "Complaint", caseId = complaint.Number }, instructions = "请三个工作日内核实并答复投诉人", workingDays = 3 }))
            .ReadAsync<SupervisionOrderView>();
        Assert.Equal((Demo.Village, Demo.Township, SupervisionOrderStatus.Issued), (order.PointCode, order.IssuerPointCode, order.Status));

        using var village = await fx.As(Demo.VillageDirector);
        var addressed = await (await village.GetAsync($"/api/points/{Demo.Village}/supervision-orders")).ReadAsync<SupervisionOrderSummary[]>();
        Assert.Contains(addressed, o => o.Number == order.Number);
        var replied = await (await village.PostAsync($"/api/supervision-orders/{order.Number}/reply", new { reply = "已安排专人值守，并向投诉人说明。" })).ReadAsync<SupervisionOrderView>();
        Assert.Equal([SupervisionOrderAction.CheckDeadlines], replied.AllowedActions);
        await (await village.PostAsync($"/api/supervision-orders/{order.Number}/accept", new { })).AssertProblemAsync(403, "pointCode", "auth.jurisdiction");
        using var director = await fx.As(Demo.TownDirector);
        var accepted = await (await director.PostAsync($"/api/supervision-orders/{order.Number}/accept", new { note = "同意" })).ReadAsync<SupervisionOrderView>();
        Assert.True(accepted.IsClosed);
        var history = await (await supervisor.GetAsync($"/api/supervision-orders/{order.Number}/history")).Content.ReadAsStringAsync();
        Assert.Contains("Accepted", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_accountability_record_reaches_the_clerk_console_and_the_assessment_query()
    {
        using var clerk = await fx.As(Demo.TownClerkB);
        var matter = await clerk.TakeInAsync(Demo.Township, Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials, 770);
        using var director = await fx.As(Demo.TownDirector);

        await (await director.PostAsync("/api/accountability", new { pointCode = Demo.Township, clerkId = Demo.TownClerkB, reason = "理由", measure = "Reminder", link = new { kind = "Matter", caseId = Api.UnusedReceipt() } }))
            .AssertProblemAsync(404, "link.caseId", "accountability.linkUnknown");
        var record = await (await director.PostAsync("/api/accountability", new
        {
            pointCode = Demo.Township,
            clerkId = Demo.TownClerkB,
            reason = "一次性告知不完整，群众往返两次",
            measure = "Admonition",
            link = new { kind = "Matter", caseId = matter.ReceiptNumber },
        })).ReadAsync<AccountabilityView>();
        var mine = await (await clerk.GetAsync("/api/me/accountability")).ReadAsync<AccountabilityView[]>();
        var read = await (await clerk.PostAsync($"/api/accountability/{record.Number}/acknowledge", null)).ReadAsync<AccountabilityView>();
        using var monitor = await fx.As(Demo.Monitor);
        var assessment = await (await monitor.GetAsync($"/api/points/{Demo.Township}/accountability?clerkId={Demo.TownClerkB}")).ReadAsync<AccountabilityView[]>();

        Assert.Equal([AccountabilityAction.Acknowledge], Assert.Single(mine, r => r.Number == record.Number).AllowedActions);
        Assert.Equal(AccountabilityStatus.Acknowledged, read.Status);
        Assert.Contains(assessment, r => r.Number == record.Number && r.Measure == AccountabilityMeasure.Admonition);
        using var other = await fx.As(Demo.TownClerkA);
        await (await other.GetAsync($"/api/accountability/{record.Number}")).AssertProblemAsync(403, "number", "auth.jurisdiction");
    }

    [Fact]
    public async Task The_hall_shows_the_centers_supervision_phone()
    {
        var hall = await (await fx.Anonymous($"2001:db8:1::{Interlocked.Increment(ref _citizens):x}").GetAsync($"/public/points/{Demo.Township}/hall")).ReadAsync<HallView>();

        Assert.Equal("0838-8210112", hall.SupervisionPhone);
    }

    private HttpClient Citizen() => fx.Anonymous($"2001:db8:c::{Interlocked.Increment(ref _citizens):x}");

    private async Task<long> CountAsync(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(fx.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var p in parameters)
        {
            command.Parameters.AddWithValue(p);
        }

        return (long)(await command.ExecuteScalarAsync())!;
    }
}
