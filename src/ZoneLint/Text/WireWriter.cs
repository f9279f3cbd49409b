using System.Buffers;
using System.Buffers.Binary;
using ZoneLint.Model;

namespace ZoneLint.Text;

/// <summary>Writes RDATA in uncompressed wire form into a reusable buffer.</summary>
internal sealed class WireWriter : IBufferWriter<byte>
{
    // PERF: two per thread, because comparing two records rents two writers at once; with one, every comparison
    // allocated a writer and its buffer.
    [ThreadStatic]
    private static WireWriter? cached;

    [ThreadStatic]
    private static WireWriter? cachedSecond;

    private byte[] buffer = new byte[512];
    private int length;

    public ReadOnlySpan<byte> WrittenSpan => buffer.AsSpan(0, length);

    public int Length => length;

    public static WireWriter Rent()
    {
        WireWriter? w = cached;
        if (w is not null)
        {
            cached = null;
        }
        else
        {
            w = cachedSecond ?? new WireWriter();
            cachedSecond = null;
        }

        w.length = 0;
        return w;
    }

    public static void Return(WireWriter writer)
    {
        if (cached is null)
        {
            cached = writer;
        }
        else
        {
            cachedSecond = writer;
        }
    }

    public void Advance(int count) => length += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return buffer.AsMemory(length);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return buffer.AsSpan(length);
    }

    public void WriteUInt8(byte value)
    {
        Ensure(1);
        buffer[length++] = value;
    }

    public void WriteUInt16(ushort value)
    {
        Ensure(2);
        BinaryPrimitives.WriteUInt16BigEndian(buffer.AsSpan(length), value);
        length += 2;
    }

    public void WriteUInt32(uint value)
    {
        Ensure(4);
        BinaryPrimitives.WriteUInt32BigEndian(buffer.AsSpan(length), value);
        length += 4;
    }

    public void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(buffer.AsSpan(length));
        length += bytes.Length;
    }

    /// <summary>A character-string: one length octet, then the octets (RFC 1035 §3.3).</summary>
    public void WriteCharacterString(ReadOnlySpan<byte> bytes)
    {
        WriteUInt8((byte)bytes.Length);
        WriteBytes(bytes);
    }

    /// <summary>Writes a name; <paramref name="canonicalListed"/> says whether RFC 4034 §6.2 lower-cases it in canonical form.</summary>
    public void WriteName(DomainName name, WireForm form, bool canonicalListed)
    {
        bool lower = form == WireForm.Comparison || (form == WireForm.Canonical && canonicalListed);
        name.WriteWire(this, lower);
    }

    private void Ensure(int extra)
    {
        if (length + extra > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + extra));
        }
    }
}
