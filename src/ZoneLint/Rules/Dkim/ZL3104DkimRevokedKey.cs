using ZoneLint.Engine;

namespace ZoneLint.Rules.Dkim;

/// <summary>
/// An empty <c>p=</c> revokes the key: "An empty value means that this public key has been revoked" (RFC 6376 §3.6.1), and
/// signatures made with it fail. Intended after a key rotation or for a domain that sends no mail; reported so that a
/// selector still in use is noticed.
/// </summary>
[ZoneRule("ZL3104", "DKIM key revoked", "DKIM key at {0} is revoked (empty p=): signatures with this selector fail; remove the record once no mail signed with it is in transit", RuleCategories.Dkim, DiagnosticSeverity.Info)]
internal sealed class ZL3104DkimRevokedKey : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        foreach (var entry in DkimKeys.InZone(context.Zone))
        {
            if (entry.Key.IsRevoked)
            {
                context.Report(entry.Locate(entry.Key.Tags.Get("p")!.NameOffset), entry.Owner, [], entry.Owner);
            }
        }
    }
}
