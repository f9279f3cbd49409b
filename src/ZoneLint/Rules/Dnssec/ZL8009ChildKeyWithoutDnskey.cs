using System.Security.Cryptography;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Dnssec;

/// <summary>
/// A CDS or CDNSKEY at the apex that matches no DNSKEY of the zone. CDS and CDNSKEY tell the parent which DS records to
/// publish (RFC 7344 §3, §4); a parent that acts on one naming a key the zone does not publish installs a DS that no
/// signature matches, and the zone goes bogus. A CDS matches a DNSKEY when the key tag and algorithm agree and, for the
/// digest types computed here (SHA-1, SHA-256, SHA-384), the digest of the owner and the DNSKEY RDATA is the CDS digest
/// (RFC 4034 §5.1.4); a CDNSKEY matches a DNSKEY with the same flags, protocol, algorithm and key. BIND's
/// named-checkzone rejects the zone ("CDS/CDNSKEY consistency checks failed"). Delete requests (RFC 8078 §4) match
/// nothing by design and are not reported.
/// </summary>
[ZoneRule("ZL8009", "CDS or CDNSKEY matches no DNSKEY", "{0} at '{1}' ({2}) matches no DNSKEY of the zone; a parent that takes it would publish a DS for a key the zone does not use", RuleCategories.Dnssec, DiagnosticSeverity.Error)]
internal sealed class ZL8009ChildKeyWithoutDnskey : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var zone = context.Zone;
        var apex = zone.Apex;
        if (apex is null)
        {
            return;
        }

        var keys = apex.Get(RRType.DNSKEY);
        foreach (var record in apex.Get(RRType.CDS))
        {
            if (record.Data is CdsData { IsDeleteRequest: false } cds && !Matches(zone.Origin, cds, keys))
            {
                context.Report(record, "CDS", record.Owner, $"key tag {cds.KeyTag}, algorithm {DnssecMnemonics.DescribeAlgorithm(cds.Algorithm)}, digest type {DnssecMnemonics.DescribeDigestType(cds.DigestType)}");
            }
        }

        foreach (var record in apex.Get(RRType.CDNSKEY))
        {
            if (record.Data is CdnskeyData { IsDeleteRequest: false } cdnskey && !Matches(cdnskey, keys))
            {
                context.Report(record, "CDNSKEY", record.Owner, $"key tag {cdnskey.KeyTag}, algorithm {DnssecMnemonics.DescribeAlgorithm(cdnskey.Algorithm)}");
            }
        }
    }

    private static bool Matches(DomainName owner, CdsData cds, ReadOnlySpan<ResourceRecord> keys)
    {
        foreach (var record in keys)
        {
            if (record.Data is not DnskeyData key || key.KeyTag != cds.KeyTag || key.Algorithm != cds.Algorithm)
            {
                continue;
            }

            if (Digest(owner, key, cds.DigestType) is not { } digest || digest.AsSpan().SequenceEqual(cds.Digest.AsSpan()))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(CdnskeyData cdnskey, ReadOnlySpan<ResourceRecord> keys)
    {
        foreach (var record in keys)
        {
            if (record.Data is DnskeyData key && key.Flags == cdnskey.Flags && key.Protocol == cdnskey.Protocol
                && key.Algorithm == cdnskey.Algorithm && key.PublicKey.AsSpan().SequenceEqual(cdnskey.PublicKey.AsSpan()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The DS digest of a DNSKEY (RFC 4034 §5.1.4): hash of the canonical owner name and the DNSKEY RDATA; <see langword="null"/> for digest types not computed here.</summary>
    internal static byte[]? Digest(DomainName owner, DnskeyData key, byte digestType)
    {
        byte[] name = owner.Wire.ToArray();
        for (int i = 0; i < name.Length; i++)
        {
            name[i] = DomainName.ToLower(name[i]);
        }

        byte[] input = [.. name, .. key.ToWire(WireForm.Canonical)];
        return digestType switch
        {
            1 => SHA1.HashData(input),
            2 => SHA256.HashData(input),
            4 => SHA384.HashData(input),
            _ => null,
        };
    }
}
