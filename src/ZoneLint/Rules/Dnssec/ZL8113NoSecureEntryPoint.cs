using ZoneLint.Dnssec;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Dnssec;

/// <summary>
/// A signed zone's DNSKEY RRset should hold a key with the Secure Entry Point flag: the key-signing key the parent's DS
/// points at (RFC 4034 §2.1.1, RFC 3757, RFC 6781 §3.1). Validators ignore the flag, but DS generators, registrars and
/// CDS tooling use it to pick the key to publish.
/// </summary>
[ZoneRule("ZL8113", "No key-signing (SEP) key at the apex", "no DNSKEY at '{0}' has the Secure Entry Point flag (257): nothing marks the key the parent's DS should point at", RuleCategories.Dnssec, DiagnosticSeverity.Warning)]
internal sealed class ZL8113NoSecureEntryPoint : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var keys = DnssecZone.ApexKeys(context.Zone);
        if (keys.Length == 0 || !DnssecZone.IsSigned(context.Zone))
        {
            return;
        }

        foreach (var record in keys)
        {
            if (record.Data is DnskeyData { IsSecureEntryPoint: true, IsZoneKey: true, IsRevoked: false })
            {
                return;
            }
        }

        context.Report(keys[0], context.Zone.Origin);
    }
}
