using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Dnssec;

/// <summary>
/// A DNSKEY, CDNSKEY or KEY of a signing algorithm RFC 8624 §3.1 retires, or a DS or CDS that points at one: RSAMD5,
/// DSA, DSA-NSEC3-SHA1 and ECC-GOST "MUST NOT" be used for signing (an error: many validators no longer support them,
/// so the zone is treated as unsigned or bogus); RSASHA1 and RSASHA1-NSEC3-SHA1 are "NOT RECOMMENDED" (a warning: SHA-1
/// signatures are forgeable in principle, and validators in some distributions already refuse them). BIND's
/// named-checkzone warns "deprecated DNSKEY algorithm found" and "deprecated algorithm" for DS and KEY records.
/// CDS and CDNSKEY delete requests (RFC 8078 §4) use algorithm 0 and are not reported.
/// </summary>
[ZoneRule("ZL8004", "Deprecated DNSSEC algorithm", "{0} at '{1}' uses algorithm {2}, which {3}; move to ECDSAP256SHA256 (13) or ED25519 (15)", RuleCategories.Dnssec, DiagnosticSeverity.Warning)]
internal sealed class ZL8004DeprecatedAlgorithm : ZoneRule
{
    private static readonly RRType[] Types = [RRType.DNSKEY, RRType.CDNSKEY, RRType.KEY, RRType.DS, RRType.CDS];

    public override void Analyze(RuleContext context)
    {
        foreach (var type in Types)
        {
            foreach (var node in context.Zone.NodesWith(type))
            {
                foreach (var record in node.Get(type))
                {
                    byte? algorithm = record.Data switch
                    {
                        CdsData { IsDeleteRequest: true } or CdnskeyData { IsDeleteRequest: true } => null,
                        DelegationSignerData ds => ds.Algorithm,
                        var data => AlgorithmPolicy.KeyAlgorithm(data),
                    };

                    if (algorithm is not byte value)
                    {
                        continue;
                    }

                    switch (AlgorithmPolicy.ForAlgorithm(value))
                    {
                        case AlgorithmPolicy.Policy.MustNot:
                            context.ReportShifted(+1, record.Location, record.Owner, [], record.Type, record.Owner, DnssecMnemonics.DescribeAlgorithm(value), "must not be used for signing (RFC 8624 §3.1); validators may treat the zone as unsigned");
                            break;
                        case AlgorithmPolicy.Policy.NotRecommended:
                            context.ReportShifted(0, record.Location, record.Owner, [], record.Type, record.Owner, DnssecMnemonics.DescribeAlgorithm(value), "is deprecated: SHA-1 signatures are not recommended (RFC 8624 §3.1) and some validators refuse them");
                            break;
                    }
                }
            }
        }
    }
}
