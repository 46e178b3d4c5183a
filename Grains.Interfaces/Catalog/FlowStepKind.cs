namespace Network.Grains.Interfaces.Catalog;

/// <summary>What a box of a flow chart is.</summary>
public enum FlowStepKind
{
    /// <summary>The citizen applies and the window takes it in (受理).</summary>
    Intake = 0,

    /// <summary>A step of the item's procedure (审核, 勘察, …).</summary>
    Step = 1,

    /// <summary>Carried up to the deciding tier, free of charge (代办).</summary>
    HandUp = 2,

    /// <summary>The decision and the result (办结).</summary>
    Result = 3,
}
