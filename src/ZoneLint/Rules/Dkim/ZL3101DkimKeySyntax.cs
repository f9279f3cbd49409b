using ZoneLint.Engine;

namespace ZoneLint.Rules.Dkim;

/// <summary>
/// A DKIM key record must follow RFC 6376 §3.6.1: a tag-list (§3.2) with <c>v=DKIM1</c> first if present, a <c>p=</c> tag
/// holding base64 of a key of the type <c>k=</c> names (an RSA SubjectPublicKeyInfo, or for <c>k=ed25519</c> the 32-octet
/// key of RFC 8463), and known values in <c>k=</c> (rsa, ed25519), <c>h=</c> (sha1, sha256), <c>s=</c> (*, email) and
/// <c>t=</c> (y, s). A verifier that cannot use the key fails every signature made with it.
/// </summary>
[ZoneRule("ZL3101", "DKIM key record syntax", "DKIM key record at {0}: {1}", RuleCategories.Dkim, DiagnosticSeverity.Error)]
internal sealed class ZL3101DkimKeySyntax : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        foreach (var entry in DkimKeys.InZone(context.Zone))
        {
            foreach (var error in entry.Key.Errors)
            {
                context.Report(entry.Locate(error.Offset), entry.Owner, [], entry.Owner, error.Message);
            }
        }
    }
}
