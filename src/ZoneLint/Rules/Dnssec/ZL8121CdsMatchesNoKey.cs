using ZoneLint.Dnssec;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Dnssec;

/// <summary>
/// CDS and CDNSKEY records ask the parent to publish DS records for keys of the child (RFC 7344 §3, §4; RFC 8078). A
/// parental agent checks the request against the child's DNSKEY RRset, so for each algorithm at least one CDS (CDNSKEY)
/// must describe a DNSKEY at the apex — the digest of that key, or the key itself. Judged per algorithm as BIND's
/// <c>named-checkzone</c> does ("CDS/CDNSKEY consistency checks failed"), so a CDS pre-published for the next key in a
/// double-DS rollover is fine beside one for the current key. Delete requests are ZL8123's; CDS digests this cannot
/// compute (GOST, SM3) are not judged.
/// </summary>
[ZoneRule("ZL8121", "CDS or CDNSKEY matches no DNSKEY", "{0} at '{1}' {2}", RuleCategories.Dnssec, DiagnosticSeverity.Error)]
internal sealed class ZL8121CdsMatchesNoKey : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var zone = context.Zone;
        if (zone.Apex is not { } apex)
        {
            return;
        }

        var keys = new List<DnssecKeyData>();
        foreach (var r in apex.Get(RRType.DNSKEY))
        {
            if (r.Data is DnssecKeyData k)
            {
                keys.Add(k);
            }
        }

        // CDS: per algorithm, does any CDS of it describe an apex key?
        var cdsByAlgorithm = new Dictionary<byte, (List<ResourceRecord> Records, bool Matched)>();
        var described = CdsMatching.Statements(zone.Origin, keys, [.. apex.Get(RRType.CDS).ToArray().Select(r => r.Data).OfType<CdsData>().Select(c => c.DigestType).Distinct()]);
        foreach (var r in apex.Get(RRType.CDS))
        {
            if (r.Data is not CdsData cds || cds.IsDeleteRequest || cds.Algorithm == 0)
            {
                continue;
            }

            if (!DnssecDigests.CanDigest(cds.DigestType))
            {
                continue; // A digest this cannot compute is not judged.
            }

            bool matched = described.Contains(CdsMatching.Statement(cds)!);
            var entry = cdsByAlgorithm.TryGetValue(cds.Algorithm, out var e) ? e : ([], false);
            entry.Records.Add(r);
            cdsByAlgorithm[cds.Algorithm] = (entry.Records, entry.Matched || matched);
        }

        foreach (var (algorithm, (records, matched)) in cdsByAlgorithm)
        {
            if (matched)
            {
                continue;
            }

            foreach (var r in records)
            {
                var cds = (CdsData)r.Data;
                context.Report(r, "CDS", r.Owner, $"{cds.KeyTag} {cds.Algorithm} {cds.DigestType} describes no DNSKEY at the apex{Alone(records.Count, algorithm, "CDS")}: the parent would publish a DS that matches no key, and validation of the zone would fail");
            }
        }

        var cdnskeyByAlgorithm = new Dictionary<byte, (List<ResourceRecord> Records, bool Matched)>();
        HashSet<DnssecKeyData>? keySet = null;
        foreach (var r in apex.Get(RRType.CDNSKEY))
        {
            if (r.Data is not CdnskeyData cdnskey || cdnskey.IsDeleteRequest || cdnskey.Algorithm == 0)
            {
                continue;
            }

            bool matched = (keySet ??= new HashSet<DnssecKeyData>(keys, CdsMatching.KeyComparer.Instance)).Contains(cdnskey);
            var entry = cdnskeyByAlgorithm.TryGetValue(cdnskey.Algorithm, out var e) ? e : ([], false);
            entry.Records.Add(r);
            cdnskeyByAlgorithm[cdnskey.Algorithm] = (entry.Records, entry.Matched || matched);
        }

        foreach (var (algorithm, (records, matched)) in cdnskeyByAlgorithm)
        {
            if (matched)
            {
                continue;
            }

            foreach (var r in records)
            {
                var key = (CdnskeyData)r.Data;
                context.Report(r, "CDNSKEY", r.Owner, $"with key tag {key.KeyTag} and algorithm {DnssecMnemonics.DescribeAlgorithm(key.Algorithm)} is not in the DNSKEY RRset{Alone(records.Count, algorithm, "CDNSKEY")}: the parent would publish a DS for a key the zone does not have");
            }
        }
    }

    private static string Alone(int count, byte algorithm, string type) =>
        count > 1 ? $", nor does any other {type} of algorithm {DnssecMnemonics.DescribeAlgorithm(algorithm)}" : string.Empty;
}
