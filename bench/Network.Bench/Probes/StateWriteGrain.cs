using Network.Grains;

namespace Network.Bench.Probes;

/// <summary>One small state, written through the project's grain storage on each call.</summary>
public sealed class StateWriteGrain(
    [PersistentState("probe", StorageNames.Network)] IPersistentState<ProbeState> state) : Grain, IStateWriteGrain
{
    public async Task Write(int value)
    {
        state.State.Value = value;
        await state.WriteStateAsync();
    }
}
