using System.Globalization;
using ZoneLint.Dnssec;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Dnssec;

/// <summary>
/// A ZONEMD record at the apex is a digest of the whole zone that recipients verify (RFC 8976 §4): its serial must be the
/// SOA's, the RRset may hold only one record per Scheme and Hash Algorithm (§2.4, and §4 makes verification fail
/// otherwise), and for the SIMPLE scheme with SHA-384 or SHA-512 the digest must match the zone's contents (§3). Any edit
/// after the digest was computed — a record changed, added or removed — makes it fail. Private schemes and algorithms
/// are not judged.
/// </summary>
[ZoneRule("ZL8150", "ZONEMD does not verify", "ZONEMD at '{0}' {1}", RuleCategories.Dnssec, DiagnosticSeverity.Error)]
internal sealed class ZL8150ZonemdMismatch : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var zone = context.Zone;
        if (zone.Apex is not { } apex || !apex.Has(RRType.ZONEMD))
        {
            return;
        }

        uint? serial = apex.Get(RRType.SOA) is { Length: > 0 } soa && soa[0].Data is SoaData s ? s.Serial : null;
        var seen = new Dictionary<(byte, byte), ResourceRecord>();
        var digests = new Dictionary<byte, byte[]?>();
        foreach (var r in apex.Get(RRType.ZONEMD))
        {
            if (r.Data is not ZonemdData md)
            {
                continue;
            }

            if (seen.TryGetValue((md.Scheme, md.HashAlgorithm), out var first))
            {
                context.Report(r, [first], zone.Origin, string.Create(CultureInfo.InvariantCulture, $"repeats scheme {md.Scheme} and hash algorithm {md.HashAlgorithm}: the ZONEMD RRset may hold one record per pair, and verification fails otherwise"));
                continue;
            }

            seen.Add((md.Scheme, md.HashAlgorithm), r);
            if (serial is { } soaSerial && md.Serial != soaSerial)
            {
                context.Report(r, zone.Origin, string.Create(CultureInfo.InvariantCulture, $"has serial {md.Serial}, but the SOA serial is {soaSerial}: the digest is of another version of the zone"));
                continue;
            }

            if (md.Scheme != ZonemdData.SchemeSimple)
            {
                continue;
            }

            if (!digests.TryGetValue(md.HashAlgorithm, out var digest))
            {
                digests[md.HashAlgorithm] = digest = ZoneDigest.Compute(zone, md.HashAlgorithm);
            }

            if (digest is not null && !digest.AsSpan().SequenceEqual(md.Digest.AsSpan()))
            {
                context.Report(r, zone.Origin, $"digest does not match the zone: it was computed over other contents (the zone's SIMPLE {(md.HashAlgorithm == ZonemdData.HashSha384 ? "SHA-384" : "SHA-512")} digest is {Convert.ToHexString(digest)})");
            }
        }
    }
}
