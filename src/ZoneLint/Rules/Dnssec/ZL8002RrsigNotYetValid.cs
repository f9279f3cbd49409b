using ZoneLint.Engine;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Dnssec;

/// <summary>
/// An RRSIG whose Signature Inception is still ahead at the lint's time: "The validator's notion of the current time
/// MUST be greater than or equal to the time listed in the RRSIG RR's Inception field" (RFC 4035 §5.3.1). Until then
/// validating resolvers reject the data it covers; a signer with a clock running fast, or a zone signed for later
/// publication and published early, leaves such signatures. One finding per signing batch.
/// </summary>
[ZoneRule("ZL8002", "RRSIG is not yet valid", "RRSIG over {0} by '{1}' (key tag {2}) is not valid before {3}{4}; until then validating resolvers reject the data it covers", RuleCategories.Dnssec, DiagnosticSeverity.Error)]
internal sealed class ZL8002RrsigNotYetValid : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var now = context.Now;
        foreach (var (first, sig, count) in SignatureBatches.Find(context.Zone, s => s.IsNotYetValidAt(now) ? s.InceptionValue : null))
        {
            context.Report(first, sig.TypeCovered, sig.SignerName, sig.KeyTag, SignatureBatches.Format(SignatureBatches.Resolve(sig.InceptionValue, context)), SignatureBatches.Others(count));
        }
    }
}
