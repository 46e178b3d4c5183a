using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;

namespace Network.Grains.Cases;

/// <summary>
/// The first check of every call on a case's public contract: it names its actor, and the actor is
/// neither the network's own (<see cref="ActorRole.System"/>: the silos' work goes through internal
/// interfaces) nor a role this build does not know. Every other role, <see cref="ActorRole.Supervisor"/>
/// and <see cref="ActorRole.Citizen"/> included, passes here and is judged by the kind's policy by
/// name: a citizen is refused staff actions by role and staff reads by jurisdiction, a supervisor
/// reads what its jurisdiction reaches. (Comparing roles by number, <c>Role &gt;= System</c>, refused
/// every role added after System.)
/// </summary>
public static class ActorGate
{
    /// <summary>The command of a call, checked: present (<c>command.required</c>), and named by an actor <see cref="EnsureNotSystem"/> lets through.</summary>
    public static T Command<T>(T? command, Actor? actor)
        where T : class
    {
        if (command is null)
        {
            throw DomainException.Invalid("command", "command.required", "A request body is required.");
        }

        EnsureNotSystem(actor);
        return command;
    }

    public static void EnsureNotSystem(Actor? actor)
    {
        if (actor is null)
        {
            throw DomainException.Invalid("actor", "actor.required", "Every call names its actor.");
        }

        if (actor.Role == ActorRole.System || !Enum.IsDefined(actor.Role))
        {
            throw DomainException.Forbidden("role", "auth.role", $"{actor.Role} cannot act through the gateway.");
        }
    }
}
