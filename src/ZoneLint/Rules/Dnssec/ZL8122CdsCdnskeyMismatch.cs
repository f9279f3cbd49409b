using ZoneLint.Dnssec;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Dnssec;

/// <summary>
/// A child that publishes both CDS and CDNSKEY must make them say the same thing (RFC 7344 §4; Zonemaster DNSSEC15): each
/// CDNSKEY has a CDS that is its digest and each CDS a CDNSKEY it is the digest of, or both are delete requests
/// (RFC 8078 §4). A parent that reads one of them and a parent that reads the other would otherwise publish different
/// DS records, and a parental agent seeing both may refuse to act.
/// </summary>
[ZoneRule("ZL8122", "CDS and CDNSKEY disagree", "{0} at '{1}' {2}", RuleCategories.Dnssec, DiagnosticSeverity.Error)]
internal sealed class ZL8122CdsCdnskeyMismatch : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var zone = context.Zone;
        if (zone.Apex is not { } apex)
        {
            return;
        }

        var cds = apex.Get(RRType.CDS);
        var cdnskey = apex.Get(RRType.CDNSKEY);
        if (cds.Length == 0 || cdnskey.Length == 0)
        {
            return;
        }

        bool cdsDelete = CdsMatching.HasDelete(cds), cdnskeyDelete = CdsMatching.HasDelete(cdnskey);
        if (cdsDelete != cdnskeyDelete)
        {
            var (record, type, other) = cdsDelete ? (cdnskey[0], "CDNSKEY", "CDS") : (cds[0], "CDS", "CDNSKEY");
            context.Report(record, [cdsDelete ? cds[0] : cdnskey[0]], type, record.Owner, $"lists keys while the {other} RRset asks the parent to delete its DS records: the parent cannot tell which is meant");
            return;
        }

        if (cdsDelete)
        {
            return; // Both delete: consistent (ZL8123 checks their form).
        }

        var digests = new List<(ResourceRecord Record, CdsData Data)>();
        foreach (var r in cds)
        {
            if (r.Data is CdsData d && d.Algorithm != 0 && DnssecDigests.CanDigest(d.DigestType))
            {
                digests.Add((r, d));
            }
        }

        var keys = new List<(ResourceRecord Record, CdnskeyData Data)>();
        foreach (var r in cdnskey)
        {
            if (r.Data is CdnskeyData k && k.Algorithm != 0)
            {
                keys.Add((r, k));
            }
        }

        if (digests.Count == 0)
        {
            return; // No CDS digest this can compute: nothing to compare.
        }

        // Each side's statements once, compared as sets (see CdsMatching.Statement).
        var digestTypes = digests.Select(d => d.Data.DigestType).Distinct().ToArray();
        var stated = digests.Select(d => CdsMatching.Statement(d.Data)!).ToHashSet(StringComparer.Ordinal);
        var described = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (record, key) in keys)
        {
            var statements = CdsMatching.Statements(zone.Origin, [key], digestTypes);
            described.UnionWith(statements);
            if (!statements.Overlaps(stated))
            {
                context.Report(record, "CDNSKEY", record.Owner, $"with key tag {key.KeyTag} and algorithm {DnssecMnemonics.DescribeAlgorithm(key.Algorithm)} has no CDS that is its digest: CDS and CDNSKEY describe different keys");
            }
        }

        foreach (var (record, digest) in digests)
        {
            if (!described.Contains(CdsMatching.Statement(digest)!))
            {
                context.Report(record, "CDS", record.Owner, $"{digest.KeyTag} {digest.Algorithm} {digest.DigestType} is the digest of no CDNSKEY: CDS and CDNSKEY describe different keys");
            }
        }
    }
}
