namespace Network.Grains.Interfaces.OnlineFiling;

/// <summary>
/// What the applicant sees of their application on the progress page (with its number and code):
/// where it stands, by when the point pre-examines it, what is missing, why it was refused, and once
/// accepted the matter's receipt number, progress code and deadline. No name, no ID number.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record OnlineApplicationProgress(
    [property: Id(0)] string Number,
    [property: Id(1)] string PointName,
    [property: Id(2)] string ItemName,
    [property: Id(3)] OnlineApplicationStatus Status,
    [property: Id(4)] IReadOnlyList<string> RequiredMaterials,
    [property: Id(5)] IReadOnlyList<ApplicationFileName> Files,
    [property: Id(6)] DateOnly? PreExamineBy,
    [property: Id(7)] IReadOnlyList<string> NoticeMissing,
    [property: Id(8)] string? NoticeNote,
    [property: Id(9)] string? RefusalReason,
    [property: Id(10)] string? RefusalLegalBasis,
    [property: Id(11)] string? ReceiptNumber,
    [property: Id(12)] string? MatterProgressCode,
    [property: Id(13)] DateOnly? MatterDueDate,
    [property: Id(14)] DeliveryMethod DeliveryMethod,
    [property: Id(15)] bool CanAddFiles,
    [property: Id(16)] bool CanSubmit);

/// <summary>A file the applicant uploaded, as they see it listed (never its content).</summary>
[GenerateSerializer, Immutable]
public sealed record ApplicationFileName(
    [property: Id(0)] string Material,
    [property: Id(1)] string FileName,
    [property: Id(2)] long Size);
