using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Dnssec;

/// <summary>
/// A DS or CDS whose digest type RFC 8624 §3.3 says "MUST NOT" be used for DNSSEC delegation: SHA-1 (1), still
/// validated everywhere, so a warning; and GOST R 34.11-94 (3), which validators only "MAY" support, so an error.
/// Publish SHA-256 (2) instead. BIND warns "deprecated digest type 1 (SHA-1)" for DS and CDS. The CDS delete request
/// (RFC 8078 §4) uses digest type 0 and is not reported. A deprecated digest published beside a current one
/// (SHA-256 or SHA-384) of the same key is a step milder: the delegation does not rest on it, it is only left over.
/// </summary>
[ZoneRule("ZL8005", "Deprecated DS digest type", "{0} at '{1}' (key tag {2}) uses digest type {3}, which {4}", RuleCategories.Dnssec, DiagnosticSeverity.Warning)]
internal sealed class ZL8005DeprecatedDigestType : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        foreach (var type in (ReadOnlySpan<RRType>)[RRType.DS, RRType.CDS])
        {
            foreach (var node in context.Zone.NodesWith(type))
            {
                var rrset = node.Get(type);
                foreach (var record in rrset)
                {
                    if (record.Data is not DelegationSignerData ds || ds is CdsData { IsDeleteRequest: true })
                    {
                        continue;
                    }

                    var policy = AlgorithmPolicy.ForDigest(ds.DigestType);
                    if (policy == AlgorithmPolicy.Policy.Fine)
                    {
                        continue;
                    }

                    // With a SHA-256 or SHA-384 digest of the same key beside it, the delegation does not rest on this one: a step milder.
                    bool covered = HasSoundDigest(rrset, ds);
                    string digest = DnssecMnemonics.DescribeDigestType(ds.DigestType);
                    string why = policy == AlgorithmPolicy.Policy.MustNot
                        ? "must not be used (RFC 8624 §3.3) and many validators do not support it"
                        : "must not be used for DNSSEC delegation (RFC 8624 §3.3): SHA-1 is deprecated";
                    why += covered
                        ? $"; a {type} with a SHA-256 or SHA-384 digest of the same key is published too, so remove this one"
                        : (policy == AlgorithmPolicy.Policy.MustNot ? ", so the delegation may be treated as insecure" : string.Empty) + "; publish a SHA-256 (2) digest instead";
                    int steps = (policy == AlgorithmPolicy.Policy.MustNot ? 1 : 0) - (covered ? 1 : 0);
                    context.ReportShifted(steps, record.Location, record.Owner, [], record.Type, record.Owner, ds.KeyTag, digest, why);
                }
            }
        }
    }

    private static bool HasSoundDigest(ReadOnlySpan<ResourceRecord> rrset, DelegationSignerData ds)
    {
        foreach (var other in rrset)
        {
            if (other.Data is DelegationSignerData sibling && sibling.KeyTag == ds.KeyTag && sibling.Algorithm == ds.Algorithm
                && sibling.DigestType is 2 or 4)
            {
                return true;
            }
        }

        return false;
    }
}
