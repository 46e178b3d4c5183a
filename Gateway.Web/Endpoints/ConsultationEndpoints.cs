using Network.Gateway.Contracts;
using Network.Gateway.Security;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Consultations;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Time;

namespace Network.Gateway.Endpoints;

/// <summary>
/// Consultations (咨询), without intake: a clerk records the question (and the answer), answers it
/// later, hands it over (首问负责移交) or turns it into a matter; the point's list and the
/// first-inquiry tally. Every request is one grain call with the signed-in actor; the grain decides
/// who may act when (403/409).
/// </summary>
internal static class ConsultationEndpoints
{
    public static void MapConsultationEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/points/{pointCode}/consultations", RecordAsync)
            .WithName("RecordConsultation").WithTags("Consultations")
            .WithSummary("Record a consultation (no intake, no receipt); answers 201 with it and its number.")
            .Produces<ConsultationView>(StatusCodes.Status201Created)
            .RequireAuthorization(Roles.CaseWorkPolicy);
        api.MapGet("/points/{pointCode}/consultations", ListAsync).WithName("ListConsultations").WithTags("Consultations").Produces<IReadOnlyList<ConsultationSummary>>();
        api.MapGet("/points/{pointCode}/first-inquiry", TallyAsync)
            .WithName("FirstInquiryTally").WithTags("Consultations")
            .WithSummary("Per clerk, what counts for first-inquiry responsibility (首问负责) over [from, to): consultations owned, turned into matters, matters taken in first.")
            .Produces<IReadOnlyList<FirstInquiryTally>>();

        var read = api.MapGroup("/consultations/{number}").WithTags("Consultations");
        read.MapGet("/", GetAsync).WithName("GetConsultation").Produces<ConsultationView>();
        read.MapGet("/history", HistoryAsync).WithName("GetConsultationHistory").Produces<IReadOnlyList<CaseHistoryRow>>();

        var act = api.MapGroup("/consultations/{number}").WithTags("Consultations").RequireAuthorization(Roles.CaseWorkPolicy);
        act.MapPost("/answer", (string number, AnswerConsultationBody body, HttpContext c, IClusterClient g) => ActAsync(number, c, g, (grain, actor) => grain.Answer(new AnswerConsultationCommand(actor, body.Answer))))
            .WithName("AnswerConsultation").Produces<ConsultationView>();
        act.MapPost("/hand-over", (string number, HandOverConsultationBody body, HttpContext c, IClusterClient g) => ActAsync(number, c, g, (grain, actor) => grain.HandOver(new HandOverConsultationCommand(actor, body.ToClerkId, body.Note))))
            .WithName("HandOverConsultation").Produces<ConsultationView>();
        act.MapPost("/matter", TurnIntoMatterAsync)
            .WithName("TurnConsultationIntoMatter")
            .WithSummary("Take the citizen's application in as a matter linked to the consultation; answers 201 with the matter.")
            .Produces<MatterView>(StatusCodes.Status201Created);
    }

    private static async Task<IResult> RecordAsync(string pointCode, RecordConsultationBody body, HttpContext context, IClusterClient grains, TimeProvider time)
    {
        var actor = CurrentClerk.ActorOf(context);
        var point = Matters.Point(pointCode);
        var number = CaseNumber.New(CaseNumber.Consultation, point, ChinaTime.Today(time));
        var inquirer = body.Inquirer is { } i ? new Inquirer(i.Name, i.Phone) : null;
        var view = await grains.GetGrain<IConsultationGrain>(number).Record(
            new RecordConsultationCommand(actor, point.Value, body.Channel, body.Topic, body.Answer, inquirer, body.WindowId));
        return Results.Created($"/api/consultations/{view.Number}", view);
    }

    private static async Task<IResult> TurnIntoMatterAsync(string number, TurnIntoMatterBody body, HttpContext context, IClusterClient grains)
    {
        var actor = CurrentClerk.ActorOf(context);
        var applicant = body.Applicant?.ToCitizen() ?? throw DomainException.Invalid("applicant", "citizen.required", "The applicant (name and identity document) is required.");
        var view = await Grain(grains, number).TurnIntoMatter(
            new TurnConsultationIntoMatterCommand(actor, body.WindowId, body.ItemId, applicant, Matters.List(body.MaterialsHandedIn, "materialsHandedIn")));
        return Results.Created($"/api/matters/{view.ReceiptNumber}", view);
    }

    private static async Task<IResult> ListAsync(string pointCode, DateOnly? from, DateOnly? to, bool? openOnly, int? limit, HttpContext context, IClusterClient grains, TimeProvider time)
    {
        var (start, end) = Period(from, to, time);
        return Results.Ok(await grains.GetGrain<IConsultationQueryGrain>(0).List(CurrentClerk.ActorOf(context), Matters.Point(pointCode).Value, start, end, openOnly ?? false, limit ?? 100));
    }

    private static async Task<IResult> TallyAsync(string pointCode, DateOnly? from, DateOnly? to, HttpContext context, IClusterClient grains, TimeProvider time)
    {
        var (start, end) = Period(from, to, time);
        return Results.Ok(await grains.GetGrain<IConsultationQueryGrain>(0).Tally(CurrentClerk.ActorOf(context), Matters.Point(pointCode).Value, start, end));
    }

    /// <summary>The period asked for; by default today (China time).</summary>
    private static (DateOnly From, DateOnly To) Period(DateOnly? from, DateOnly? to, TimeProvider time)
    {
        var start = from ?? ChinaTime.Today(time);
        return (start, to ?? start.AddDays(1));
    }

    private static async Task<IResult> GetAsync(string number, HttpContext context, IClusterClient grains) =>
        Results.Ok(await Grain(grains, number).Get(CurrentClerk.ActorOf(context)) ?? throw Unknown(number));

    private static async Task<IResult> HistoryAsync(string number, HttpContext context, IClusterClient grains)
    {
        var history = await Grain(grains, number).GetHistory(CurrentClerk.ActorOf(context));
        return history.Count == 0 ? throw Unknown(number) : Results.Ok(history);
    }

    private static async Task<IResult> ActAsync(string number, HttpContext context, IClusterClient grains, Func<IConsultationGrain, Actor, Task<ConsultationView>> act) =>
        Results.Ok(await act(Grain(grains, number), CurrentClerk.ActorOf(context)));

    /// <summary>The grain of a number checked at the edge (a malformed number is a 400, not a grain call).</summary>
    private static IConsultationGrain Grain(IClusterClient grains, string number)
    {
        CaseNumber.PointOf(CaseNumber.Consultation, number);
        return grains.GetGrain<IConsultationGrain>(number);
    }

    private static DomainException Unknown(string number) =>
        DomainException.NotFound("number", "consultation.unknown", $"There is no consultation with number {number}.");
}
