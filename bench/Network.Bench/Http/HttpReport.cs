using Network.Bench.Generation;
using Network.Bench.Live;

namespace Network.Bench.Http;

/// <summary>What the HTTP part of <c>bench run</c> measured against the real silo and gateway processes.</summary>
public sealed record HttpReport(
    NetworkShape Network,
    string City,
    int Callers,
    HttpIntakeRun IntakePromised,
    HttpIntakeRun IntakeMix,
    HttpIntakeRun HandOff,
    LiveDelayResult LiveDelay,
    CityStalenessResult CityStaleness,
    HttpTargets Targets);
