using System.Globalization;
using ZoneLint.Dnssec;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Dnssec;

/// <summary>
/// An apex DNSKEY a validator can use: protocol 3 ("If the value is not 3, the DNSKEY RR MUST be treated as invalid
/// during signature verification", RFC 4034 §2.1.2) and key material its algorithm can read — errors; the Zone Key flag
/// set (without it the key "MUST NOT be used to verify RRSIGs that cover RRsets") and no reserved flag bits ("MUST have
/// value 0 upon creation", RFC 4034 §2.1.1) — warnings.
/// </summary>
[ZoneRule("ZL8111", "DNSKEY unusable: protocol, flags or key material", "DNSKEY with key tag {0} at '{1}' {2}", RuleCategories.Dnssec, DiagnosticSeverity.Error)]
internal sealed class ZL8111InvalidDnskey : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var zone = context.Zone;
        foreach (var record in DnssecZone.ApexKeys(zone))
        {
            if (record.Data is not DnskeyData key)
            {
                continue;
            }

            if (key.Protocol != 3)
            {
                context.Report(record, key.KeyTag, record.Owner, string.Create(CultureInfo.InvariantCulture, $"has protocol {key.Protocol}: DNSSEC keys use 3, and validators treat any other key as invalid"));
            }

            if (context.DnssecAlgorithms.TryGet(key.Algorithm, out var algorithm) && Unreadable(algorithm, key) is { } error)
            {
                context.Report(record, key.KeyTag, record.Owner, $"is not a valid {algorithm.Name} key: {error}");
            }

            if (!key.IsZoneKey)
            {
                context.ReportShifted(-1, record.Location, record.Owner, [], key.KeyTag, record.Owner, string.Create(CultureInfo.InvariantCulture, $"has flags {key.Flags} without the Zone Key flag (256): it cannot verify any signature of the zone"));
            }

            if (key.HasReservedFlags)
            {
                context.ReportShifted(-1, record.Location, record.Owner, [], key.KeyTag, record.Owner, string.Create(CultureInfo.InvariantCulture, $"has flags {key.Flags} with reserved bits set (only 256 Zone Key, 128 REVOKE and 1 SEP are defined): they must be zero"));
            }
        }
    }

    /// <summary>Why the algorithm cannot read the key, or <see langword="null"/> when it can.</summary>
    private static string? Unreadable(IDnssecAlgorithm algorithm, DnssecKeyData key)
    {
        try
        {
            using var verifier = algorithm.CreateVerifier(key.PublicKey.AsSpan(), out string? error);
            return verifier is null ? error ?? "the key cannot be read" : null;
        }
        catch (System.Security.Cryptography.CryptographicException e)
        {
            return e.Message;
        }
    }
}
