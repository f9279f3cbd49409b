using ZoneLint.Engine;

namespace ZoneLint.Rules.Dkim;

/// <summary>
/// <c>t=y</c> marks a key in testing mode: "Verifiers MUST NOT treat messages from Signers in testing mode differently from
/// unsigned email" (RFC 6376 §3.6.1), so the key protects nothing until the flag is removed.
/// </summary>
[ZoneRule("ZL3103", "DKIM key in testing mode", "DKIM key at {0} is in testing mode (t=y): verifiers treat its signatures like unsigned mail; remove y from t= once signing works", RuleCategories.Dkim, DiagnosticSeverity.Info)]
internal sealed class ZL3103DkimTestingMode : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        foreach (var entry in DkimKeys.InZone(context.Zone))
        {
            if (entry.Key.IsTesting)
            {
                context.Report(entry.Locate(entry.Key.Tags.Get("t")!.NameOffset), entry.Owner, [], entry.Owner);
            }
        }
    }
}
