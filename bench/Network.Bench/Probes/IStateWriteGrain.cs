namespace Network.Bench.Probes;

/// <summary>Writes its Orleans grain state on every call: one ADO.NET storage write (the guide's second yardstick).</summary>
public interface IStateWriteGrain : IGrainWithIntegerKey
{
    Task Write(int value);
}
