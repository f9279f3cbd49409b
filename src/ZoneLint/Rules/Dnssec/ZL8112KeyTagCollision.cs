using System.Globalization;
using ZoneLint.Dnssec;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Dnssec;

/// <summary>
/// Key tags are not unique (RFC 4034 Appendix B: "It is theoretically possible for two distinct DNSKEY RRs to have the
/// same owner name, the same algorithm, and the same key tag"); RRSIG and DS records name a key by tag and algorithm only, so with a
/// collision validators must try each key, and tools that pick a key by tag pick the wrong one. Signers avoid it
/// (BIND's dnssec-keygen regenerates such keys).
/// </summary>
[ZoneRule("ZL8112", "Two apex DNSKEYs share a key tag and algorithm", "DNSKEY at '{0}' has key tag {1} and algorithm {2}, like the DNSKEY at line {3}", RuleCategories.Dnssec, DiagnosticSeverity.Warning)]
internal sealed class ZL8112KeyTagCollision : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var seen = new Dictionary<(ushort, byte), ResourceRecord>();
        foreach (var record in DnssecZone.ApexKeys(context.Zone))
        {
            if (record.Data is not DnskeyData key)
            {
                continue;
            }

            if (seen.TryGetValue((key.KeyTag, key.Algorithm), out var other))
            {
                if (!other.Data.Equals(key))
                {
                    context.Report(record, [other], record.Owner, key.KeyTag, DnssecMnemonics.DescribeAlgorithm(key.Algorithm), other.Location.Line.ToString(CultureInfo.InvariantCulture));
                }
            }
            else
            {
                seen.Add((key.KeyTag, key.Algorithm), record);
            }
        }
    }
}
