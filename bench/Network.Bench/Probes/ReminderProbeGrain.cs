namespace Network.Bench.Probes;

/// <summary>Moves its reminder's due time on every call, so every call writes the reminder table.</summary>
public sealed class ReminderProbeGrain : Grain, IReminderProbeGrain, IRemindable
{
    public Task Register(int value) =>
        this.RegisterOrUpdateReminder("probe", TimeSpan.FromDays(1) + TimeSpan.FromSeconds(value % 10_000), TimeSpan.FromDays(1));

    public Task ReceiveReminder(string reminderName, TickStatus status) => Task.CompletedTask;
}
