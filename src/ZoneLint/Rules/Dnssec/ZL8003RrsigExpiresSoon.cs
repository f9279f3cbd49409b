using System.Globalization;
using ZoneLint.Engine;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Dnssec;

/// <summary>
/// An RRSIG still valid at the lint's time but expiring within the warning window (setting <c>ZL8003.window</c>, in
/// seconds; default 7 days). Resolvers cache signed data for up to its TTL (RFC 4035 §5.3.3 caps the TTL at the time
/// left), and a zone whose re-signing has stalled goes bogus when the signatures run out; the window gives time to
/// notice. Expired signatures are ZL8001's. One finding per signing batch.
/// </summary>
[ZoneRule("ZL8003", "RRSIG expires soon", "RRSIG over {0} by '{1}' (key tag {2}) expires at {3}, in {4}{5}; re-sign the zone before then (setting ZL8003.window)", RuleCategories.Dnssec, DiagnosticSeverity.Warning)]
internal sealed class ZL8003RrsigExpiresSoon : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var now = context.Now;
        long window = context.GetSetting("window", 7 * 86400, 0, int.MaxValue);
        uint nowValue = RrsigData.ToValue(now);
        foreach (var (first, sig, count) in SignatureBatches.Find(context.Zone, s => s.IsValidAt(now) && RrsigData.SerialDifference(s.ExpirationValue, nowValue) < window ? s.ExpirationValue : null))
        {
            long left = RrsigData.SerialDifference(sig.ExpirationValue, nowValue);
            context.Report(first, sig.TypeCovered, sig.SignerName, sig.KeyTag, SignatureBatches.Format(SignatureBatches.Resolve(sig.ExpirationValue, context)), Describe(left), SignatureBatches.Others(count));
        }
    }

    private static string Describe(long seconds) => seconds switch
    {
        >= 2 * 86400 => string.Create(CultureInfo.InvariantCulture, $"{seconds / 86400} days"),
        >= 2 * 3600 => string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600} hours"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Math.Max(seconds / 60, 0)} minutes"),
    };
}
