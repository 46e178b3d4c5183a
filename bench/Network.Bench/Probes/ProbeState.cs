namespace Network.Bench.Probes;

/// <summary>The probe's state: one number.</summary>
[GenerateSerializer]
public sealed class ProbeState
{
    [Id(0)]
    public int Value { get; set; }
}
