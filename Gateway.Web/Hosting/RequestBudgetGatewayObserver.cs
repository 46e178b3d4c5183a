namespace Network.Gateway.Hosting;

/// <summary>
/// The Orleans client's view of its connections to the silos' gateways: one closing (the silo was
/// killed, stopped, or the network between dropped it) is a silo loss for the calls in flight,
/// since an answer to a call sent through it can no longer arrive.
/// </summary>
public sealed class RequestBudgetGatewayObserver(RequestBudgetSiloLoss losses) : IClusterConnectionStatusObserver
{
    public void NotifyGatewayCountChanged(int currentNumberOfGateways, int previousNumberOfGateways, bool connectionRecovered)
    {
        if (currentNumberOfGateways < previousNumberOfGateways)
        {
            losses.Raise($"a connection to a silo's gateway closed ({currentNumberOfGateways} of {previousNumberOfGateways} left)");
        }
    }

    public void NotifyClusterConnectionLost() => losses.Raise("the connection to the cluster was lost");
}
