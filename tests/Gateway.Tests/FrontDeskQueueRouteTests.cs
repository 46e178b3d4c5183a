using System.Text.Json;
using Network.Gateway.Tests.Infrastructure;

namespace Network.Gateway.Tests;

/// <summary>
/// The queue's and appointments' routes: bad input and the grain's refusals are RFC 9457 problems
/// naming the field, and nothing is stored; one grain call per command. On the other township
/// (510682102), which no other test queues at. Each test calls the public routes from an address
/// of its own (198.51.100.131–133): the anonymous routes are limited per address, and other tests
/// use up the limits of theirs.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class FrontDeskQueueRouteTests(GatewayFixture fx)
{
    private const string Point = Demo.OtherTownship;
    private const string Window = "civil-affairs-labour";
    private const string ClerkA = Demo.OtherTownClerk;
    private const string OtherWindowClerk = "c-510682102-family-planning-a";

    [Fact]
    public async Task Bad_ticket_input_is_a_problem_naming_the_field_and_takes_no_ticket()
    {
        using var kiosk = fx.Anonymous("198.51.100.131");

        await (await kiosk.PostAsync($"/public/points/{Point}/tickets", new { windowId = "nowhere" })).AssertProblemAsync(404, "windowId", "window.unknown");
        await (await kiosk.SendRawAsync(HttpMethod.Post, $"/public/points/{Point}/tickets", """{"windowId":"civil-affairs-labour","priority":"Royal"}""")).AssertProblemAsync(400, "priority", "body.invalid");
        await (await kiosk.PostAsync($"/public/points/{Point}/tickets", new { windowId = Window, priority = "Appointment" })).AssertProblemAsync(400, "priority", "ticket.appointmentOnly");
        await (await kiosk.PostAsync($"/public/points/not-a-code/tickets", new { windowId = Window })).AssertProblemAsync(400, "pointCode");

        var board = await (await kiosk.GetAsync($"/public/points/{Point}/queue")).ReadAsync<JsonElement>();
        Assert.All(board.GetProperty("categories").EnumerateArray(), c => Assert.Equal(0, c.GetProperty("waiting").GetInt32()));
    }

    [Fact]
    public async Task The_clerk_on_duty_calls_a_kiosk_ticket_and_others_are_refused_with_a_problem()
    {
        using var kiosk = fx.Anonymous("198.51.100.132");
        var slip = await (await kiosk.PostAsync($"/public/points/{Point}/tickets", new { windowId = Window, priority = "Pregnant" })).ReadAsync<JsonElement>();
        Assert.Matches("^D\\d{3}$", slip.GetProperty("number").GetString());

        using var other = await fx.As(OtherWindowClerk);
        await (await other.PostAsync($"/api/points/{Point}/queue/call-next", new { windowId = Window })).AssertProblemAsync(403, "windowId", "auth.jurisdiction");
        using var monitor = await fx.As(Demo.Monitor);
        await (await monitor.PostAsync($"/api/points/{Point}/queue/call-next", new { windowId = Window })).AssertProblemAsync(403);

        using var clerk = await fx.As(ClerkA);
        var view = await (await clerk.PostAsync($"/api/points/{Point}/queue/call-next", new { windowId = Window })).ReadAsync<JsonElement>();
        var number = slip.GetProperty("number").GetString()!;
        Assert.Contains(view.GetProperty("tickets").EnumerateArray(), t => t.GetProperty("number").GetString() == number && t.GetProperty("status").GetString() == "Called");
        await (await clerk.PostAsync($"/api/points/{Point}/queue/tickets/{number}/transfer", new { toWindowId = "nowhere" })).AssertProblemAsync(400, "toWindowId", "window.unknown");
        await (await clerk.PostAsync($"/api/points/{Point}/queue/tickets/{number}/no-show", new { })).AssertProblemAsync(409, "ticket", "ticket.tooFewCalls");
        await (await clerk.PostAsync($"/api/points/{Point}/queue/tickets/{number}/serve", new { receiptNumber = Api.UnusedReceipt(Point) })).AssertProblemAsync(400, "receiptNumber", "ticket.matterUnknown");
        var still = await (await clerk.GetAsync($"/api/points/{Point}/queue")).ReadAsync<JsonElement>();
        Assert.Equal("Called", still.GetProperty("tickets").EnumerateArray().Single(t => t.GetProperty("number").GetString() == number).GetProperty("status").GetString());
        await (await clerk.PostAsync($"/api/points/{Point}/queue/tickets/{number}/serve", new { })).ReadAsync<JsonElement>();
        await (await clerk.PostAsync($"/api/points/{Point}/queue/tickets/{number}/finish", new { })).ReadAsync<JsonElement>();
    }

    [Fact]
    public async Task Bad_booking_input_is_a_problem_naming_the_field()
    {
        using var citizen = fx.Anonymous("198.51.100.133");

        await (await citizen.GetAsync($"/public/points/{Point}/appointments/slots?date=tomorrow")).AssertProblemAsync(400, "date", "date.malformed");
        await (await citizen.PostAsync($"/public/points/{Point}/appointments", new { date = "2099-01-05", windowId = Window, itemId = "x", start = "09:30", name = "王秀英", phone = "123" }))
            .AssertProblemAsync(400, "phone", "appointment.phoneInvalid");
        await (await citizen.PostAsync($"/public/points/{Point}/appointments/12-34/cancel", new { phone = "13800138000" })).AssertProblemAsync(400, "code", "appointment.codeMalformed");
        await (await citizen.PostAsync($"/public/points/{Point}/appointments/check-in", new { code = "0101-ZZZZ" })).AssertProblemAsync(404, "code", "appointment.unknown");
    }
}
