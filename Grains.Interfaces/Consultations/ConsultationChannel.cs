namespace Network.Grains.Interfaces.Consultations;

/// <summary>How the question came (咨询方式).</summary>
public enum ConsultationChannel
{
    /// <summary>In person at the hall (现场咨询).</summary>
    Visit = 0,

    /// <summary>By telephone (电话咨询), including duty calls outside hours.</summary>
    Phone = 1,
}
