using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Network.Grains.Cases.Storage;
using Network.Grains.Interfaces.Deadlines;
using Network.Grains.Interfaces.Errors;

namespace Network.Grains.Oversight;

/// <summary>
/// The spine an oversight grain keeps: its case as last committed, read on first need and again after
/// any commit whose outcome is unknown; commits that make the new state its own only once stored.
/// Orleans runs one call at a time per activation, so this needs no locks.
/// </summary>
internal sealed class OversightSpine<TState>(OversightJournal<TState> journal, string number, string kindLabel)
    where TState : class, IOversightState<TState>
{
    private bool _mustReload = true;

    public TState? State { get; private set; }

    public async Task<TState?> CurrentAsync()
    {
        if (_mustReload)
        {
            State = await journal.LoadAsync(number);
            _mustReload = false;
        }

        return State;
    }

    public async Task<TState> ExistingAsync() =>
        await CurrentAsync() ?? throw DomainException.NotFound("number", $"{kindLabel}.unknown", $"There is no {kindLabel} with number {number}.");

    /// <summary>
    /// Commits the change with the request's deadline; a version conflict is a 409
    /// (<c>{kind}.concurrentChange</c>), any other failure leaves the state to be read again.
    /// </summary>
    public async Task CommitAsync(OversightChange<TState> change, DateOnly? nextCheckOn)
    {
        try
        {
            await journal.CommitAsync(change, nextCheckOn, RequestDeadline.On(TimeProvider.System));
        }
        catch (CaseVersionConflictException)
        {
            _mustReload = true;
            throw DomainException.Conflict($"{kindLabel}.concurrentChange", $"{kindLabel} {number} was changed meanwhile; reload it and try again.");
        }
        catch
        {
            _mustReload = true;
            throw;
        }

        State = change.After;
        _mustReload = false;
    }

    public Task<IReadOnlyList<Interfaces.Cases.CaseHistoryRow>> HistoryAsync() => journal.ReadHistoryAsync(number);

    /// <summary>A command's fingerprint: its type and a hash of its content, so a retried command is recognised.</summary>
    public static string Fingerprint<T>(T value) =>
        typeof(T).Name + ":" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value))));
}
