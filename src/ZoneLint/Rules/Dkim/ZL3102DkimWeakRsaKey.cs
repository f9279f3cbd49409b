using ZoneLint.Engine;

namespace ZoneLint.Rules.Dkim;

/// <summary>
/// RSA keys must be long enough: "Signers MUST use RSA keys of at least 1024 bits for all keys. Signers SHOULD use RSA
/// keys of at least 2048 bits. ... Verifiers MUST NOT consider signatures using RSA keys of less than 1024 bits as valid
/// signatures" (RFC 8301 §3.2). The size is read from the key itself. A key under <c>min_bits</c> (default 2048) is
/// reported at the configured severity (warning by default); one under <c>error_bits</c> (default 1024), whose signatures
/// verifiers reject, one level higher (error by default).
/// </summary>
[ZoneRule("ZL3102", "DKIM RSA key too short", "DKIM key at {0} is a {1}-bit RSA key: {2}", RuleCategories.Dkim, DiagnosticSeverity.Warning)]
internal sealed class ZL3102DkimWeakRsaKey : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        long minBits = context.GetSetting("min_bits", 2048, 512, 16384);
        long errorBits = context.GetSetting("error_bits", 1024, 0, 16384);
        foreach (var entry in DkimKeys.InZone(context.Zone))
        {
            if (entry.Key.RsaBits is not { } bits || entry.Key.KeyType != "rsa" || entry.Key.Tags.Get("p") is not { } p)
            {
                continue;
            }

            // PERF: the key's place in the file is worked out for a key reported, not for every key.
            if (bits < errorBits)
            {
                context.ReportShifted(+1, entry.Locate(p.ValueOffset), entry.Owner, [], entry.Owner, bits, "verifiers must not accept signatures made with RSA keys under 1024 bits (RFC 8301 §3.2), so mail signed with it fails DKIM; publish a 2048-bit key");
            }
            else if (bits < minBits)
            {
                context.ReportShifted(0, entry.Locate(p.ValueOffset), entry.Owner, [], entry.Owner, bits, $"signers should use at least {minBits} bits (RFC 8301 §3.2 recommends 2048); publish a longer key under a new selector and rotate to it");
            }
        }
    }
}
