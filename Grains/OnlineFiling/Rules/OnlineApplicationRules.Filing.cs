using System.Security.Cryptography;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Citizens;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.OnlineFiling;
using Network.Grains.Oversight;

namespace Network.Grains.OnlineFiling.Rules;

/// <summary>
/// Online filing (网上申报), the applicant's side: start an application for an item of the point's
/// public catalog, add files of its materials, submit it (again after a notice). Every step proves
/// the applicant with the code drawn at the start.
/// </summary>
public static partial class OnlineApplicationRules
{
    /// <summary>The ledger's actor of the applicant's own steps.</summary>
    public const string ApplicantActorId = "applicant";

    public const int MaxDescription = 1000;
    public const int MaxAddress = 200;
    public const int MaxText = 500;

    /// <summary>The pre-examination is due within this many working days of the (re)submission.</summary>
    public const int PreExamineWorkingDays = 1;

    public static OversightChange<OnlineApplicationState> Start(string number, StartOnlineApplicationRequest request, ServiceItem? item, string code, OversightContext context)
    {
        var point = DivisionCode.Parse(request.PointCode, "pointCode").Value;
        if (CaseNumber.PointOf(OnlineApplicationNumber.Prefix, number).Value != point)
        {
            throw DomainException.Invalid("pointCode", "onlineApplication.otherPoint", $"Application number {number} was issued for another point than {point}.");
        }

        var profile = context.Point(point) ?? throw DomainException.NotFound("pointCode", "point.undefined", $"Service point {point} is not defined.");
        if (item is null)
        {
            throw DomainException.NotFound("itemId", "item.unknown", $"{profile.Name} has no service item '{request.ItemId}'.");
        }

        var applicant = CheckApplicant(request.Applicant);
        var description = Require.Text(request.Description, "description", MaxDescription);
        var delivery = request.Delivery ?? throw DomainException.Invalid("delivery", "delivery.required", "Say how the result is to reach you: PickUp or Post.");
        if (!Enum.IsDefined(delivery.Method))
        {
            throw DomainException.Invalid("delivery.method", "delivery.method", "delivery.method is PickUp or Post.");
        }

        var address = delivery.Method == DeliveryMethod.Post ? Require.Text(delivery.Address, "delivery.address", MaxAddress) : null;
        var state = new OnlineApplicationState
        {
            Number = number,
            PointCode = point,
            PointName = profile.Name,
            ItemId = item.Id,
            ItemName = item.Name,
            WindowId = item.WindowId,
            RequiredMaterials = item.RequiredMaterials,
            Channel = Require.Text(request.Channel, "channel", 80),
            Status = OnlineApplicationStatus.Draft,
            Applicant = applicant,
            Description = description,
            DeliveryMethod = delivery.Method,
            DeliveryAddress = address,
            Code = code,
            StartedAt = context.Now,
            UpdatedAt = context.Now,
            IntakeFingerprint = context.Fingerprint ?? string.Empty,
        };
        var change = new OversightChange<OnlineApplicationState>(null, context.Now, ApplicantActorId);
        var started = change.Record("Started", state, $"网上申报{item.Name}（{state.Channel}），结果{(delivery.Method == DeliveryMethod.Post ? "邮寄送达" : "窗口领取")}");
        if (request.SubmitAtOnce)
        {
            RecordSubmission(change, started, context);
        }

        return change;
    }

    /// <summary>
    /// Adds a file: the code must fit, the application must take files (filling in, or after a
    /// notice), the material must be one of the item's, the count within <paramref name="maxFiles"/>,
    /// and the content a PDF, JPEG or PNG of at most <paramref name="maxBytes"/> whose name agrees
    /// (<see cref="FileSignature"/>). The file's id is <paramref name="fileId"/>, drawn by the grain.
    /// </summary>
    public static OversightChange<OnlineApplicationState> AddFile(
        OnlineApplicationState state, AddApplicationFileRequest request, string fileId, long maxBytes, int maxFiles, OversightContext context)
    {
        EnsureApplicant(state, request.Code);
        if (!state.TakesFiles)
        {
            throw OversightPolicy.IllegalTransition("onlineApplication", state.Number, state.StatusName, "add files to");
        }

        var material = Require.Text(request.Material, "material", 100);
        if (!state.RequiredMaterials.Contains(material, StringComparer.Ordinal))
        {
            throw DomainException.Invalid("material", "materials.unknown", $"'{material}' is not among the materials of {state.ItemName}: {string.Join("、", state.RequiredMaterials)}.");
        }

        if (state.Files.Count >= maxFiles)
        {
            throw DomainException.Conflict("onlineApplication.tooManyFiles", $"An application takes at most {maxFiles} files.", "file");
        }

        var name = FileSignature.CleanName(request.FileName);
        var content = request.Content ?? [];
        var type = FileSignature.Check(name, content, maxBytes);
        var file = new ApplicationFile(fileId, material, name, type, content.Length, Convert.ToHexStringLower(SHA256.HashData(content)), context.Now);
        var change = new OversightChange<OnlineApplicationState>(state, context.Now, ApplicantActorId);
        change.Record(
            "FileAdded",
            state with { Files = [.. state.Files, file], UpdatedAt = context.Now, LastCommandFingerprint = context.Fingerprint },
            $"上传{material}：{name}（{type}，{content.Length} 字节）");
        return change;
    }

    /// <summary>Sends it to the point: the pre-examination is due one working day later (the day of submission not counted).</summary>
    public static OversightChange<OnlineApplicationState> Submit(OnlineApplicationState state, SubmitOnlineApplicationRequest request, OversightContext context)
    {
        EnsureApplicant(state, request.Code);
        if (!state.TakesFiles)
        {
            throw OversightPolicy.IllegalTransition("onlineApplication", state.Number, state.StatusName, "submit");
        }

        var change = new OversightChange<OnlineApplicationState>(state, context.Now, ApplicantActorId);
        RecordSubmission(change, state, context);
        return change;
    }

    private static void RecordSubmission(OversightChange<OnlineApplicationState> change, OnlineApplicationState state, OversightContext context)
    {
        var today = context.Today;
        var due = context.Calendar.AddWorkingDays(today, PreExamineWorkingDays).Date;
        var again = state.Status == OnlineApplicationStatus.NeedsMaterials;
        change.Record(
            again ? "Resubmitted" : "Submitted",
            state with
            {
                Status = OnlineApplicationStatus.Submitted,
                SubmittedAt = context.Now,
                SubmittedOn = today,
                PreExamineBy = due,
                Flag = FlagLevel.None,
                UpdatedAt = context.Now,
                LastCommandFingerprint = context.Fingerprint,
            },
            $"{(again ? "补正后重新提交" : "提交")}，预审期限 {due:yyyy-MM-dd}");
    }

    /// <summary>Whether <paramref name="code"/> is the application's code (constant time); a wrong code is answered as an unknown number.</summary>
    public static bool Fits(OnlineApplicationState? state, string? code)
    {
        string normalized;
        try
        {
            normalized = ProgressCode.Normalize(code);
        }
        catch (DomainException)
        {
            return false;
        }

        return ProgressCode.Matches(state?.Code, normalized) && state is not null;
    }

    public static DomainException Unknown(string number) =>
        DomainException.NotFound("number", "onlineApplication.unknown", $"There is no online application {number} with that code.");

    private static void EnsureApplicant(OnlineApplicationState state, string? code)
    {
        if (!Fits(state, code))
        {
            throw Unknown(state.Number);
        }
    }

    /// <summary>A person or an organisation, by its identity document's own rule (<see cref="Applicants.Check"/>), as the matter it may become checks it.</summary>
    private static Citizen CheckApplicant(Citizen? applicant) => Applicants.Check(applicant, "applicant");
}
