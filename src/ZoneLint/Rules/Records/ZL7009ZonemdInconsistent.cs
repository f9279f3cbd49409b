using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Records;

/// <summary>
/// ZONEMD records a verifier cannot use (RFC 8976): away from the zone apex, where the digest of the zone lives
/// (§2, §4; legal data that checks nothing, so a step milder); with a Serial other than the SOA's, which makes verification fail (§4); or two records with the same
/// Scheme and Hash Algorithm, which the RRset may hold only once each (§2), so that verification of that pair fails.
/// Whether the digest itself is right is not checked here.
/// </summary>
[ZoneRule("ZL7009", "ZONEMD record is inconsistent", "ZONEMD at '{0}': {1}", RuleCategories.Records, DiagnosticSeverity.Error)]
internal sealed class ZL7009ZonemdInconsistent : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var zone = context.Zone;
        var soa = zone.Get(zone.Origin, RRType.SOA);
        uint? serial = soa.Length > 0 && soa[0].Data is SoaData s ? s.Serial : null;
        foreach (var node in zone.NodesWith(RRType.ZONEMD))
        {
            var records = node.Get(RRType.ZONEMD);
            if (records.Length == 0)
            {
                continue;
            }

            if (!node.IsApex)
            {
                foreach (var record in records)
                {
                    context.ReportShifted(-1, record.Location, record.Owner, [], record.Owner, "ZONEMD belongs at the zone apex (RFC 8976 §2); verifiers look for it only there, so this one checks nothing");
                }

                continue;
            }

            // In file order, so that the repeat reported is the later one.
            var seen = new Dictionary<(byte, byte), ResourceRecord>();
            foreach (var record in records.ToArray().OrderBy(r => r.Location.Line).ThenBy(r => r.Location.Column))
            {
                if (record.Data is not ZonemdData zonemd)
                {
                    continue;
                }

                if (serial is uint expected && zonemd.Serial != expected)
                {
                    context.Report(record, record.Owner, $"serial {zonemd.Serial} differs from the SOA serial {expected}, so verification fails (RFC 8976 §4); recompute the digest after the last change");
                }

                if (seen.TryGetValue((zonemd.Scheme, zonemd.HashAlgorithm), out var first))
                {
                    context.Report(record, [first], record.Owner, $"a second record with scheme {zonemd.Scheme} and hash algorithm {zonemd.HashAlgorithm}: each pair may appear once (RFC 8976 §2), and verifiers fail the pair when it repeats");
                }
                else
                {
                    seen[(zonemd.Scheme, zonemd.HashAlgorithm)] = record;
                }
            }
        }
    }
}
