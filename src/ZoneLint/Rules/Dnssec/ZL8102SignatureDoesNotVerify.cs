using System.Collections.Immutable;
using System.Globalization;
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
/// Signatures that cannot be checked (ZL8103) never count as failures, and neither do those whose key tag and
/// algorithm more apex keys share than one signature is tried against (<c>max_keys_per_signature</c>): those are
/// reported once, as information.
/// </summary>
[ZoneRule("ZL8102", "Signature does not verify", "{0}", RuleCategories.Dnssec, DiagnosticSeverity.Error)]
internal sealed class ZL8102SignatureDoesNotVerify : ZoneRule
{
    /// <summary>
    /// The most apex keys of one key tag and algorithm a signature is tried against by default. Signers avoid shared key
    /// tags (ZL8112), and validators stop early too since KeyTrap (CVE-2023-50387).
    /// </summary>
    private const int DefaultMaxKeysPerSignature = 8;

    public override void Analyze(RuleContext context)
    {
        var zone = context.Zone;
        if (!DnssecZone.IsSigned(zone) || DnssecZone.ApexKeys(zone).Length == 0)
        {
            return; // Unsigned, or ZL8110's: without keys every signature fails the same way.
        }

        var now = context.Now;
        int maxKeys = (int)context.GetSetting("max_keys_per_signature", DefaultMaxKeysPerSignature, 1, int.MaxValue);
        var results = new SignatureCheck(zone, context.DnssecAlgorithms, now, maxKeys).Run(context.CancellationToken);
        SignatureOutcome? firstNotTried = null;
        int notTried = 0;
        foreach (var rrset in results)
        {
            Report(context, rrset, now);
            foreach (var o in rrset.Outcomes)
            {
                if (o.Status == SignatureStatus.TooManyKeys)
                {
                    firstNotTried ??= o;
                    notTried++;
                }
            }
        }

        if (firstNotTried is { } first)
        {
            context.ReportShifted(
                (int)DiagnosticSeverity.Info - (int)DiagnosticSeverity.Error,
                first.Signature.Location,
                first.Signature.Owner,
                [],
                string.Create(CultureInfo.InvariantCulture, $"{(notTried == 1 ? "a signature is" : $"{notTried} signatures are")} not judged, this one first: {first.Reason} (shared key tags are ZL8112's; the setting ZL8102.max_keys_per_signature tries more keys)"));
        }
    }

    private static void Report(RuleContext context, RRsetSignatures rrset, DateTimeOffset now)
    {
        bool valid = false, notChecked = false, broken = false;
        foreach (var o in rrset.Outcomes)
        {
            valid |= o.Status == SignatureStatus.Valid;
            notChecked |= o.Status is SignatureStatus.Unchecked or SignatureStatus.TooManyKeys;
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
