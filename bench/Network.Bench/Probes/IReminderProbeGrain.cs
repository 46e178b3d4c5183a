namespace Network.Bench.Probes;

/// <summary>Registers (or moves) a durable reminder on every call, as a promised matter does on intake.</summary>
public interface IReminderProbeGrain : IGrainWithIntegerKey
{
    Task Register(int value);
}
