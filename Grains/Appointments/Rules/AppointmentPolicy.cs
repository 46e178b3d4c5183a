using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;

namespace Network.Grains.Appointments.Rules;

/// <summary>
/// Who may book, cancel, check in and read a point's appointments: the one place this is decided.
/// Citizens book and cancel from the public page and check in at the kiosk of the point; the
/// point's clerks and directors may do the same for a citizen (the duty clerk books by phone:
/// 值班预约); staff within reach read the book. Pure.
/// </summary>
public static class AppointmentPolicy
{
    public static void EnsureMayAct(AppointmentBookState state, Actor actor)
    {
        switch (actor.Role)
        {
            case ActorRole.Citizen or ActorRole.WindowClerk or ActorRole.CenterDirector when actor.PointCode == state.PointCode:
                return;
            case ActorRole.Citizen or ActorRole.WindowClerk or ActorRole.CenterDirector:
                throw DomainException.Forbidden("pointCode", "auth.jurisdiction", $"Appointments at {state.PointCode} are made there, not by {actor}.");
            default:
                throw DomainException.Forbidden("role", "auth.role", $"A {actor.Role} does not make appointments.");
        }
    }

    public static bool CanRead(AppointmentBookState state, Actor actor) =>
        actor.Role is ActorRole.WindowClerk or ActorRole.CenterDirector or ActorRole.CityMonitor && actor.Reaches(state.PointCode);

    public static void EnsureMayRead(AppointmentBookState state, Actor actor)
    {
        if (!CanRead(state, actor))
        {
            throw DomainException.Forbidden("pointCode", "auth.jurisdiction", $"The appointments of {state.PointCode} are outside the jurisdiction of {actor}.");
        }
    }
}
