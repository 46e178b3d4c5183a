namespace Network.Grains.Interfaces.Queries;

/// <summary>Whether a matter of the register was (or is still) within its promised date (按时办结).</summary>
public enum Timeliness
{
    /// <summary>Closed on or before its promised date, or an immediate matter closed the day it was taken in.</summary>
    OnTime = 0,

    /// <summary>Closed after its promised date.</summary>
    Late = 1,

    /// <summary>Still open and its promised date has not passed.</summary>
    Pending = 2,

    /// <summary>Still open and its promised date has passed (超期).</summary>
    Overdue = 3,

    /// <summary>No promised date yet (waiting for materials before the clock starts).</summary>
    NoDeadline = 4,
}
