using ZoneLint.Model;
using ZoneLint.Model.Records;
using ZoneLint.Text;

namespace ZoneLint.Dnssec;

/// <summary>
/// The data an RRSIG signs (RFC 4034 §3.1.8.1): the RRSIG RDATA without the signature, the signer's name in canonical
/// form, then each RR of the RRset in canonical form (§6.2: owner lower-cased, the RRSIG's original TTL, RDATA with the
/// names of the §6.2 types lower-cased, as RFC 6840 §5.1 corrects the list) in canonical order (§6.3), duplicates
/// dropped. A signature whose Labels field is smaller than the owner's label count was made over the wildcard
/// <c>*.&lt;rightmost Labels labels&gt;</c> (RFC 4035 §5.3.2).
/// </summary>
internal static class SignedData
{
    /// <summary>The canonical RDATA of each record of an RRset, sorted as RFC 4034 §6.3 orders them, duplicates removed.</summary>
    public static byte[][] CanonicalRdata(ReadOnlySpan<ResourceRecord> rrset)
    {
        var all = new byte[rrset.Length][];
        for (int i = 0; i < rrset.Length; i++)
        {
            all[i] = rrset[i].Data.ToWire(WireForm.Canonical);
        }

        if (all.Length < 2)
        {
            return all;
        }

        Array.Sort(all, static (a, b) => a.AsSpan().SequenceCompareTo(b));
        int n = 1;
        for (int i = 1; i < all.Length; i++)
        {
            if (!all[i].AsSpan().SequenceEqual(all[n - 1]))
            {
                all[n++] = all[i];
            }
        }

        return n == all.Length ? all : all[..n];
    }

    /// <summary>Writes the signed data of <paramref name="sig"/> over the RRset whose sorted canonical RDATA is <paramref name="rdata"/>.</summary>
    public static void Write(WireWriter writer, RrsigData sig, DomainName owner, RRClass recordClass, byte[][] rdata)
    {
        writer.WriteUInt16(sig.TypeCovered.Value);
        writer.WriteUInt8(sig.Algorithm);
        writer.WriteUInt8(sig.Labels);
        writer.WriteUInt32(sig.OriginalTtl);
        writer.WriteUInt32(sig.ExpirationValue);
        writer.WriteUInt32(sig.InceptionValue);
        writer.WriteUInt16(sig.KeyTag);
        sig.SignerName.WriteWire(writer, canonical: true);

        Span<byte> ownerWire = stackalloc byte[DomainName.MaxWireLength];
        int ownerLength = OwnerWire(owner, sig.Labels, ownerWire);
        for (int i = 0; i < rdata.Length; i++)
        {
            writer.WriteBytes(ownerWire[..ownerLength]);
            writer.WriteUInt16(sig.TypeCovered.Value);
            writer.WriteUInt16(recordClass.Value);
            writer.WriteUInt32(sig.OriginalTtl);
            writer.WriteUInt16((ushort)rdata[i].Length);
            writer.WriteBytes(rdata[i]);
        }
    }

    /// <summary>The owner in canonical form, or <c>*.</c> and its rightmost <paramref name="labels"/> labels when the signature is a wildcard's.</summary>
    private static int OwnerWire(DomainName owner, byte labels, Span<byte> destination)
    {
        var wire = owner.Wire;
        int count = owner.LabelCount;
        int offset = 0;
        int written = 0;
        if (labels < count)
        {
            for (int i = 0; i < count - labels; i++)
            {
                offset += wire[offset] + 1;
            }

            destination[0] = 1;
            destination[1] = (byte)'*';
            written = 2;
        }

        var rest = wire[offset..];
        for (int i = 0; i < rest.Length; i++)
        {
            destination[written + i] = DomainName.ToLower(rest[i]);
        }

        return written + rest.Length;
    }

    /// <summary>The Labels value an RRSIG at <paramref name="owner"/> must have: its labels, not counting a leading <c>*</c> (RFC 4034 §3.1.3).</summary>
    public static int ExpectedLabels(DomainName owner) => owner.LabelCount - (owner.IsWildcard ? 1 : 0);
}
