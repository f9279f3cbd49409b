using System.Security.Cryptography;
using ZoneLint.Model;
using ZoneLint.Model.Records;
using ZoneLint.Text;

namespace ZoneLint.Dnssec;

/// <summary>
/// The ZONEMD SIMPLE-scheme digest (RFC 8976 §3.3): every RR of the zone — glue and occluded data included, data outside
/// the origin excluded, the apex ZONEMD RRset and the RRSIGs covering it excluded — in canonical form (RFC 4034 §6.2:
/// owner and the §6.2 RDATA names lower-cased, the record's own TTL) and canonical order (by owner, §6.1; then by type;
/// then by RDATA, §6.3), each RR once, hashed with SHA-384 (1) or SHA-512 (2).
/// </summary>
internal static class ZoneDigest
{
    /// <summary>The digest, or <see langword="null"/> when the hash algorithm is not one of the two, or some RDATA has no known wire form.</summary>
    public static byte[]? Compute(Zone zone, byte hashAlgorithm)
    {
        var name = hashAlgorithm switch
        {
            ZonemdData.HashSha384 => HashAlgorithmName.SHA384,
            ZonemdData.HashSha512 => HashAlgorithmName.SHA512,
            _ => default,
        };
        if (name == default)
        {
            return null;
        }

        var items = new List<(byte[] Owner, ushort Type, byte[] Rdata, ResourceRecord Record)>(zone.Records.Count);
        foreach (var r in zone.Records)
        {
            if (!zone.Contains(r.Owner))
            {
                continue;
            }

            if (r.Data is UnparsedData)
            {
                return null; // Its wire form, and so the digest, is unknown.
            }

            bool apex = r.Owner.Equals(zone.Origin);
            if (apex && (r.Type == RRType.ZONEMD || r.Data is RrsigData { TypeCovered.Value: 63 }))
            {
                continue;
            }

            items.Add((NsecChain.CanonicalSortKey(r.Owner), r.Type.Value, r.Data.ToWire(WireForm.Canonical), r));
        }

        items.Sort(static (a, b) =>
        {
            int c = a.Owner.AsSpan().SequenceCompareTo(b.Owner);
            if (c == 0)
            {
                c = a.Type.CompareTo(b.Type);
            }

            if (c == 0)
            {
                c = a.Record.Class.Value.CompareTo(b.Record.Class.Value);
            }

            return c == 0 ? a.Rdata.AsSpan().SequenceCompareTo(b.Rdata) : c;
        });

        using var hash = IncrementalHash.CreateHash(name);
        for (int i = 0; i < items.Count; i++)
        {
            var (owner, type, rdata, record) = items[i];
            if (i > 0 && items[i - 1].Type == type && items[i - 1].Owner.AsSpan().SequenceEqual(owner)
                && items[i - 1].Record.Class == record.Class && items[i - 1].Rdata.AsSpan().SequenceEqual(rdata))
            {
                continue; // Duplicate RRs are digested once (RFC 8976 §3.3.1).
            }

            var writer = WireWriter.Rent();
            try
            {
                record.Owner.WriteWire(writer, canonical: true);
                writer.WriteUInt16(type);
                writer.WriteUInt16(record.Class.Value);
                writer.WriteUInt32(record.Ttl);
                writer.WriteUInt16((ushort)rdata.Length);
                writer.WriteBytes(rdata);
                hash.AppendData(writer.WrittenSpan);
            }
            finally
            {
                WireWriter.Return(writer);
            }
        }

        return hash.GetHashAndReset();
    }
}
