using System.Collections.Immutable;
using ZoneLint.Dnssec;
using ZoneLint.Engine;
using ZoneLint.Model;

namespace ZoneLint.Rules.Dnssec;

/// <summary>
/// Each RRSIG must verify over its RRset with a zone key of the apex DNSKEY RRset, and a validator accepts an RRset only
/// when one of its signatures does at the time it checks (RFC 4035 §5.3.1–§5.3.3; signed data RFC 4034 §3.1.8.1, §6).
/// An RRset with no signature valid at the lint time is an error, reported at the RRset with every signature's reason
/// (expired and not-yet-valid windows included, so the window is reported here only as part of "does not verify";
/// ZL8001–ZL8099 judge windows as such). A broken signature beside a valid one is a warning at the RRSIG.
/// Signatures that cannot be checked (ZL8103) never count as failures.
/// </summary>
[ZoneRule("ZL8102", "Signature does not verify", "{0}", RuleCategories.Dnssec, DiagnosticSeverity.Error)]
internal sealed class ZL8102SignatureDoesNotVerify : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var zone = context.Zone;
        if (!DnssecZone.IsSigned(zone) || DnssecZone.ApexKeys(zone).Length == 0)
        {
            return; // Unsigned, or ZL8110's: without keys every signature fails the same way.
        }

        var now = context.Now;
        var results = new SignatureCheck(zone, context.DnssecAlgorithms, now).Run(context.CancellationToken);
        foreach (var rrset in results)
        {
            Report(context, rrset, now);
        }
    }

    private static void Report(RuleContext context, RRsetSignatures rrset, DateTimeOffset now)
    {
        bool valid = false, notChecked = false, broken = false;
        foreach (var o in rrset.Outcomes)
        {
            valid |= o.Status == SignatureStatus.Valid;
            notChecked |= o.Status == SignatureStatus.Unchecked;
            broken |= o.Status is SignatureStatus.Failed or SignatureStatus.OutsideWindow;
        }

        if (!broken)
        {
            return;
        }

        if (!valid && !notChecked)
        {
            // Bogus: nothing a validator could accept at this time.
            var first = rrset.Node.Get(rrset.Type)[0];
            var reasons = string.Join("; ", rrset.Outcomes.Select(o => o.Reason));
            var related = rrset.Outcomes.Select(o => o.Signature.Location).Where(l => l.IsKnown).ToImmutableArray();
            context.Report(first.Location, first.Owner, related, $"the {rrset.Type} RRset at '{rrset.Node.Name}' has no valid signature at {DnssecZone.FormatTime(now)}: {reasons}");
            return;
        }

        // Another signature may carry the RRset; a broken one is still wrong, but not fatal. Windows are ZL8001-ZL8099's here.
        string besides = valid ? "another signature of the RRset is valid" : "another signature of the RRset could not be checked";
        foreach (var o in rrset.Outcomes)
        {
            if (o.Status == SignatureStatus.Failed)
            {
                context.ReportShifted(-1, o.Signature.Location, o.Signature.Owner, [], $"RRSIG {rrset.Type} at '{rrset.Node.Name}' does not verify: {o.Reason} ({besides})");
            }
        }
    }
}
