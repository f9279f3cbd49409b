using System.Buffers.Binary;
using ZoneLint.Model;

namespace ZoneLint.Text;

/// <summary>Reads uncompressed wire-form RDATA (RFC 3597 <c>\#</c> data); any short read sets <see cref="Failed"/>.</summary>
internal ref struct WireReader
{
    private readonly ReadOnlySpan<byte> data;
    private int pos;

    public WireReader(ReadOnlySpan<byte> data)
    {
        this.data = data;
        pos = 0;
        Failed = false;
        Error = null;
    }

    public bool Failed { get; private set; }

    public string? Error { get; private set; }

    public readonly int Remaining => data.Length - pos;

    public readonly bool AtEnd => pos >= data.Length;

    public bool Fail(string message)
    {
        if (!Failed)
        {
            Failed = true;
            Error = message;
        }

        return false;
    }

    public byte ReadUInt8()
    {
        if (Remaining < 1)
        {
            Fail("RDATA ends early");
            return 0;
        }

        return data[pos++];
    }

    public ushort ReadUInt16()
    {
        if (Remaining < 2)
        {
            Fail("RDATA ends early");
            pos = data.Length;
            return 0;
        }

        ushort v = BinaryPrimitives.ReadUInt16BigEndian(data[pos..]);
        pos += 2;
        return v;
    }

    public uint ReadUInt32()
    {
        if (Remaining < 4)
        {
            Fail("RDATA ends early");
            pos = data.Length;
            return 0;
        }

        uint v = BinaryPrimitives.ReadUInt32BigEndian(data[pos..]);
        pos += 4;
        return v;
    }

    public byte[] ReadBytes(int count)
    {
        if (count < 0 || Remaining < count)
        {
            Fail("RDATA ends early");
            pos = data.Length;
            return [];
        }

        var bytes = data.Slice(pos, count).ToArray();
        pos += count;
        return bytes;
    }

    public byte[] ReadRemaining() => ReadBytes(Remaining);

    public byte[] ReadCharacterString()
    {
        int length = ReadUInt8();
        return Failed ? [] : ReadBytes(length);
    }

    /// <summary>Reads an uncompressed name; compression pointers are not allowed in RFC 3597 data.</summary>
    public DomainName ReadName()
    {
        int start = pos;
        while (true)
        {
            if (pos >= data.Length)
            {
                Fail("name in RDATA ends early");
                return DomainName.Root;
            }

            byte length = data[pos];
            if (length == 0)
            {
                pos++;
                break;
            }

            if (length > DomainName.MaxLabelLength)
            {
                Fail("name in RDATA has a compression pointer or a label over 63 octets");
                pos = data.Length;
                return DomainName.Root;
            }

            pos += length + 1;
        }

        if (pos - start > DomainName.MaxWireLength)
        {
            Fail("name in RDATA is longer than 255 octets");
            return DomainName.Root;
        }

        return new DomainName(data[start..pos].ToArray());
    }
}
