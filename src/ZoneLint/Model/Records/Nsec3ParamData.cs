using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// NSEC3PARAM RDATA (RFC 5155 §4.2): 8-bit HASH ALGORITHM, 8-bit FLAGS (must be zero, §4.1.2), 16-bit ITERATIONS,
/// 8-bit SALT LENGTH, then the SALT. In text (RFC 5155 §4.3) the salt is hexadecimal, or <c>-</c> when empty.
/// <see href="https://www.rfc-editor.org/rfc/rfc5155#section-4.2"/>
/// </summary>
public sealed class Nsec3ParamData : RecordData
{
    /// <summary>Creates NSEC3PARAM RDATA.</summary>
    /// <exception cref="ArgumentException">The salt is longer than 255 octets.</exception>
    public Nsec3ParamData(byte hashAlgorithm, byte flags, ushort iterations, ImmutableArray<byte> salt)
    {
        HashAlgorithm = hashAlgorithm;
        Flags = flags;
        Iterations = iterations;
        Salt = Nsec3Data.CheckSalt(salt);
    }

    /// <summary>The hash algorithm (1 = SHA-1, RFC 5155 §11).</summary>
    public byte HashAlgorithm { get; }

    /// <summary>The flags; RFC 5155 §4.1.2 requires zero here.</summary>
    public byte Flags { get; }

    /// <summary>The number of additional hash iterations (RFC 9276 §3.1 recommends 0).</summary>
    public ushort Iterations { get; }

    /// <summary>The salt; empty when written as <c>-</c>.</summary>
    public ImmutableArray<byte> Salt { get; }

    /// <inheritdoc/>
    public override RRType Type => RRType.NSEC3PARAM;

    internal static RecordData? Parse(RdataReader r) =>
        Nsec3Data.ParseHashParameters(r, out byte alg, out byte flags, out ushort iterations, out var salt)
            ? new Nsec3ParamData(alg, flags, iterations, salt)
            : null;

    internal static RecordData? Read(ref WireReader r)
    {
        byte alg = r.ReadUInt8();
        byte flags = r.ReadUInt8();
        ushort iterations = r.ReadUInt16();
        var salt = r.ReadBytes(r.ReadUInt8());
        // PERF: freshly decoded arrays that nothing else holds are wrapped, not copied.
        return r.Failed ? null : new Nsec3ParamData(alg, flags, iterations, ImmutableCollectionsMarshal.AsImmutableArray(salt));
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        writer.WriteUInt8(HashAlgorithm);
        writer.WriteUInt8(Flags);
        writer.WriteUInt16(Iterations);
        writer.WriteUInt8((byte)Salt.Length);
        writer.WriteBytes(Salt.AsSpan());
    }

    internal override void WriteText(StringBuilder builder)
    {
        builder.Append(HashAlgorithm).Append(' ').Append(Flags).Append(' ').Append(Iterations).Append(' ');
        Nsec3Data.AppendSalt(builder, Salt);
    }
}
