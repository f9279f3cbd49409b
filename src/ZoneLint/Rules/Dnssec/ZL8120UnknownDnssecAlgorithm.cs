using ZoneLint.Dnssec;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Dnssec;

/// <summary>
/// DS, CDS, DNSKEY and CDNSKEY records name an algorithm from the IANA "DNS Security Algorithm Numbers" registry that can
/// sign zones, and DS/CDS a digest type from "Delegation Signer Digest Algorithms". An unassigned or reserved number, or
/// one that cannot sign zones (2 DH, 252 INDIRECT), is one no validator supports: "If the validator does not support any
/// of the algorithms listed in an authenticated DS RRset, then the resolver has no supported authentication path" and
/// treats the child as unsigned (RFC 4035 §5.2). Deprecated algorithms are ZL8001–ZL8099's; the delete forms of CDS and
/// CDNSKEY (algorithm 0) are ZL8123's.
/// </summary>
[ZoneRule("ZL8120", "Unknown DNSSEC algorithm or digest type", "{0} at '{1}' {2}", RuleCategories.Dnssec, DiagnosticSeverity.Warning)]
internal sealed class ZL8120UnknownDnssecAlgorithm : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var zone = context.Zone;
        foreach (var node in zone.NodesWith(RRType.DS))
        {
            if (zone.Contains(node))
            {
                CheckSigners(context, node.Get(RRType.DS));
            }
        }

        if (zone.Apex is { } apex)
        {
            CheckSigners(context, apex.Get(RRType.CDS));
            CheckKeys(context, apex.Get(RRType.DNSKEY));
            CheckKeys(context, apex.Get(RRType.CDNSKEY));
        }
    }

    private static void CheckSigners(RuleContext context, ReadOnlySpan<ResourceRecord> records)
    {
        foreach (var r in records)
        {
            if (r.Data is not DelegationSignerData ds || ds is CdsData && ds.Algorithm == 0)
            {
                continue;
            }

            if (!CanSignZones(ds.Algorithm))
            {
                context.Report(r, r.Type, r.Owner, $"names algorithm {DnssecMnemonics.DescribeAlgorithm(ds.Algorithm)}, which {Why(ds.Algorithm)}: validators treat the delegation as unsigned");
            }

            if (ds.DigestType is 0 or > 6)
            {
                context.Report(r, r.Type, r.Owner, $"has digest type {DnssecMnemonics.DescribeDigestType(ds.DigestType)}, which is {(ds.DigestType == 0 ? "reserved" : "unassigned")}: no validator can match it to a key");
            }
        }
    }

    private static void CheckKeys(RuleContext context, ReadOnlySpan<ResourceRecord> records)
    {
        foreach (var r in records)
        {
            if (r.Data is DnssecKeyData key && !(key is CdnskeyData && key.Algorithm == 0) && !CanSignZones(key.Algorithm))
            {
                context.Report(r, r.Type, r.Owner, $"has algorithm {DnssecMnemonics.DescribeAlgorithm(key.Algorithm)}, which {Why(key.Algorithm)}");
            }
        }
    }

    /// <summary>Algorithms the IANA registry assigns for zone signing, deprecated ones included (RFC 8624 judges those).</summary>
    internal static bool CanSignZones(byte algorithm) => algorithm is 1 or 3 or 5 or 6 or 7 or 8 or 10 or 12 or 13 or 14 or 15 or 16 or 17 or 23 or 253 or 254;

    private static string Why(byte algorithm) => algorithm switch
    {
        0 => "is reserved (only the CDS/CDNSKEY delete request uses it)",
        2 or 252 => "cannot sign zones",
        4 or 9 or 11 or 255 or (>= 123 and <= 251) => "is reserved",
        _ => "is unassigned",
    };
}
