using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Dnssec;

/// <summary>
/// A DS or CDS whose digest type RFC 8624 §3.3 says "MUST NOT" be used for DNSSEC delegation: SHA-1 (1), still
/// validated everywhere, so a warning; and GOST R 34.11-94 (3), which validators only "MAY" support, so an error.
/// Publish SHA-256 (2) instead. BIND warns "deprecated digest type 1 (SHA-1)" for DS and CDS. The CDS delete request
/// (RFC 8078 §4) uses digest type 0 and is not reported.
/// </summary>
[ZoneRule("ZL8005", "Deprecated DS digest type", "{0} at '{1}' (key tag {2}) uses digest type {3}, which {4}; publish a SHA-256 (2) digest instead", RuleCategories.Dnssec, DiagnosticSeverity.Warning)]
internal sealed class ZL8005DeprecatedDigestType : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        foreach (var node in context.Zone.Nodes)
        {
            foreach (var type in (ReadOnlySpan<RRType>)[RRType.DS, RRType.CDS])
            {
                foreach (var record in node.Get(type))
                {
                    if (record.Data is not DelegationSignerData ds || ds is CdsData { IsDeleteRequest: true })
                    {
                        continue;
                    }

                    string digest = DnssecMnemonics.DescribeDigestType(ds.DigestType);
                    switch (AlgorithmPolicy.ForDigest(ds.DigestType))
                    {
                        case AlgorithmPolicy.Policy.MustNot:
                            context.ReportShifted(+1, record.Location, record.Owner, [], record.Type, record.Owner, ds.KeyTag, digest, "must not be used (RFC 8624 §3.3) and many validators do not support it, so the delegation may be treated as insecure");
                            break;
                        case AlgorithmPolicy.Policy.NotRecommended:
                            context.ReportShifted(0, record.Location, record.Owner, [], record.Type, record.Owner, ds.KeyTag, digest, "must not be used for new delegations (RFC 8624 §3.3): SHA-1 is deprecated");
                            break;
                    }
                }
            }
        }
    }
}
