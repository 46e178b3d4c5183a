namespace Network.Grains.Storage;

/// <summary>The stored matter changed since this activation read it; the change was not written.</summary>
public sealed class MatterVersionConflictException(string receiptNumber, int expectedVersion)
    : Exception($"Matter {receiptNumber} is no longer at version {expectedVersion}.")
{
    public string ReceiptNumber { get; } = receiptNumber;

    public int ExpectedVersion { get; } = expectedVersion;
}
