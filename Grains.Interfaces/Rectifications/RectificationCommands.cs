using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Interfaces.Rectifications;

/// <summary>回访核实: the acting person is named by the actor; <paramref name="Reached"/> whether the citizen was reached (named ratings).</summary>
[GenerateSerializer, Immutable]
public sealed record CallBackCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] bool Reached,
    [property: Id(2)] string Findings);

/// <summary>The measure; <paramref name="WorkingDays"/> only for <see cref="RectificationMeasure.WithDeadline"/>.</summary>
[GenerateSerializer, Immutable]
public sealed record ResolveCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] RectificationMeasure Measure,
    [property: Id(2)] string Note,
    [property: Id(3)] int? WorkingDays);

[GenerateSerializer, Immutable]
public sealed record FinishRectificationCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string Note);

/// <summary>反馈: what the citizen was told.</summary>
[GenerateSerializer, Immutable]
public sealed record FeedBackCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string Note);

/// <summary>申诉: why the rating is malicious or mistaken.</summary>
[GenerateSerializer, Immutable]
public sealed record AppealCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string Reason);

/// <summary>The supervising tier's decision: <paramref name="SetAside"/> true upholds the appeal (the rating leaves the statistics).</summary>
[GenerateSerializer, Immutable]
public sealed record DecideAppealCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] bool SetAside,
    [property: Id(2)] string Reason);
