using System.Text;
using Network.Grains.Interfaces.Network;

namespace Network.Grains.Network;

/// <summary>
/// A point's definition as one UTF-8 byte array (each text length-prefixed), which is what an
/// activated point keeps of it in memory: about a quarter of the same definition as objects (a
/// village's five windows, ten clerks and two proxy agents are some 30 strings and 20 objects of
/// UTF-16 text and headers). <see cref="Unpack"/> builds the objects again when the point is
/// asked for them, a few microseconds per call.
/// </summary>
public sealed class PackedDefinition
{
    private readonly byte[] _bytes;

    private PackedDefinition(byte[] bytes) => _bytes = bytes;

    /// <summary>The packed size in bytes.</summary>
    public int Size => _bytes.Length;

    public static PackedDefinition Pack(ServicePointDefinition definition)
    {
        using var buffer = new MemoryStream(256);
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(definition.Name);
            writer.Write7BitEncodedInt(definition.Windows.Count);
            foreach (var w in definition.Windows)
            {
                writer.Write(w.Id);
                writer.Write(w.Name);
                Write(writer, w.ClerkA);
                Write(writer, w.ClerkB);
            }

            WriteClerks(writer, definition.ProxyAgents);
            WriteClerks(writer, definition.Directors);
            WriteClerks(writer, definition.Supervisors ?? []);
            writer.Write(definition.SupervisionPhone ?? string.Empty);
        }

        return new PackedDefinition(buffer.ToArray());
    }

    public ServicePointDefinition Unpack()
    {
        using var reader = new BinaryReader(new MemoryStream(_bytes, writable: false), Encoding.UTF8);
        var name = reader.ReadString();
        var windows = new WindowDefinition[reader.Read7BitEncodedInt()];
        for (var i = 0; i < windows.Length; i++)
        {
            windows[i] = new WindowDefinition(reader.ReadString(), reader.ReadString(), ReadClerk(reader), ReadClerk(reader));
        }

        var agents = ReadClerks(reader);
        var directors = ReadClerks(reader);
        var supervisors = ReadClerks(reader);
        var phone = reader.ReadString();
        return new ServicePointDefinition(name, windows, agents) { Directors = directors, Supervisors = supervisors, SupervisionPhone = phone.Length == 0 ? null : phone };
    }

    private static void Write(BinaryWriter writer, Clerk clerk)
    {
        writer.Write(clerk.Id);
        writer.Write(clerk.Name);
    }

    private static void WriteClerks(BinaryWriter writer, IReadOnlyList<Clerk> clerks)
    {
        writer.Write7BitEncodedInt(clerks.Count);
        foreach (var c in clerks)
        {
            Write(writer, c);
        }
    }

    private static Clerk ReadClerk(BinaryReader reader) => new(reader.ReadString(), reader.ReadString());

    private static Clerk[] ReadClerks(BinaryReader reader)
    {
        var count = reader.Read7BitEncodedInt();
        if (count == 0)
        {
            return [];
        }

        var clerks = new Clerk[count];
        for (var i = 0; i < count; i++)
        {
            clerks[i] = ReadClerk(reader);
        }

        return clerks;
    }
}
