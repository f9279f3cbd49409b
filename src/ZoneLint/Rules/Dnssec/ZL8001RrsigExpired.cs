using ZoneLint.Engine;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Dnssec;

/// <summary>
/// An RRSIG whose Signature Expiration has passed at the lint's time (<see cref="RuleContext.Now"/>, set with
/// <see cref="LintOptions.Now"/>): "The validator's notion of the current time MUST be less than or equal to the time
/// listed in the RRSIG RR's Expiration field" (RFC 4035 §5.3.1), so validating resolvers treat the data it covers as
/// bogus. Times compare in serial-number arithmetic (RFC 4034 §3.1.5). One finding per signing batch
/// (<see cref="SignatureBatches"/>).
/// </summary>
[ZoneRule("ZL8001", "RRSIG has expired", "RRSIG over {0} by '{1}' (key tag {2}) expired at {3}{4}; validating resolvers reject the data it covers: re-sign the zone", RuleCategories.Dnssec, DiagnosticSeverity.Error)]
internal sealed class ZL8001RrsigExpired : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var now = context.Now;
        foreach (var (first, sig, count) in SignatureBatches.Find(context.Zone, s => s.IsExpiredAt(now) ? s.ExpirationValue : null))
        {
            context.Report(first, sig.TypeCovered, sig.SignerName, sig.KeyTag, SignatureBatches.Format(SignatureBatches.Resolve(sig.ExpirationValue, context)), SignatureBatches.Others(count));
        }
    }
}
