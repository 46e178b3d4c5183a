using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace Network.Grains.Storage;

/// <summary>
/// Orleans' ADO.NET grain storage with one change: reads go through a
/// <see cref="GrainStateBatchReader"/>, so grains activating together load their states in one
/// query. Writes and clears are the provider's own, unchanged (its version checks, its queries),
/// and a read answers exactly as the provider's would: the same row, the same serializer, the
/// version as the ETag, a default state when there is no row or it was cleared.
/// </summary>
public sealed class BatchedReadGrainStorage(
    AdoNetGrainStorage inner,
    GrainStateBatchReader reader,
    string name,
    string serviceId,
    IActivatorProvider activators) : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var hasher = inner.HashPicker.PickHasher(serviceId, name, stateName, grainId, grainState);
        if (hasher is null || !AdoNetStateKey.TryOf(stateName, grainId, hasher, out var key))
        {
            await inner.ReadStateAsync(stateName, grainId, grainState);
            return;
        }

        var row = await reader.ReadAsync(key);
        var state = row.Payload is { } payload ? inner.Serializer.Deserialize<T>(new BinaryData(payload)) : default;
        grainState.State = state ?? activators.GetActivator<T>().Create();
        grainState.ETag = row.Version?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        grainState.RecordExists = row.Exists;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.WriteStateAsync(stateName, grainId, grainState);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ClearStateAsync(stateName, grainId, grainState);

    /// <summary>The provider reads its queries from the database when the silo starts.</summary>
    public void Participate(ISiloLifecycle lifecycle) => inner.Participate(lifecycle);
}
