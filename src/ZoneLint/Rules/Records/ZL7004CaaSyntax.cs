using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Records;

/// <summary>
/// What the parser leaves to a rule in CAA records (RFC 8659 §4): reserved flag bits set ("DNS records compliant with
/// this version of the CAA specification MUST clear (set to "0") all reserved flag bits", §4.1); a tag no CA knows
/// (with the Issuer Critical flag it forbids every issuance, §4.1; without it CAs ignore the record, which a warning
/// says); and values that break their property's grammar: <c>issue</c>/<c>issuewild</c> (§4.2, §4.3, with the RFC 8657
/// ACME parameters; "An issue Property Tag where the issue-value does not match the ABNF grammar MUST be treated the
/// same as one specifying an empty issuer-domain-name", so a typo forbids issuance), <c>iodef</c> (§4.4), and the
/// CA/Browser Forum's <c>contactemail</c> and <c>contactphone</c>.
/// </summary>
[ZoneRule("ZL7004", "CAA record is malformed", "CAA {0} at '{1}': {2}", RuleCategories.Records, DiagnosticSeverity.Error)]
internal sealed class ZL7004CaaSyntax : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        // PERF: what a check finds depends on the data alone, and zones repeat a few CAA values over thousands of names;
        // a value found clean is not checked again (the strings a check makes were 3 MB at a million records, kept to
        // the end of a lint that runs without a collection).
        var clean = new HashSet<CaaData>();
        foreach (var node in context.Zone.NodesWith(RRType.CAA, NodeReads.Data))
        {
            foreach (var record in node.Get(RRType.CAA))
            {
                if (record.Data is CaaData caa && !clean.Contains(caa))
                {
                    int reported = context.ReportCount;
                    Check(context, record, caa);
                    if (context.ReportCount == reported)
                    {
                        clean.Add(caa);
                    }
                }
            }
        }
    }

    private static void Check(RuleContext context, ResourceRecord record, CaaData caa)
    {
        string tag = caa.TagText;
        string lower = tag.ToLowerInvariant();
        if ((caa.Flags & ~CaaData.IssuerCriticalFlag) != 0)
        {
            string hint = caa.Flags == 1 ? " (the Issuer Critical flag is bit 0, the value 128; 1 sets a reserved bit and leaves the property non-critical)" : string.Empty;
            Report(context, 0, record, tag, $"flags {caa.Flags} set reserved bits: only 0 and 128 (Issuer Critical) are defined, and the others must be 0 (RFC 8659 §4.1){hint}");
        }

        string value = CaaValues.Text(caa.Value.AsSpan());
        if (CaaValues.IsIssueTag(lower))
        {
            if (CaaValues.CheckIssueValue(value) is { } problem)
            {
                Report(context, 0, record, tag, $"value \"{value}\" does not match the issue-value grammar ({problem}); CAs treat a malformed value as naming no CA, so it forbids issuance (RFC 8659 §4.2)");
            }

            return;
        }

        string? why = lower switch
        {
            "iodef" => CaaValues.CheckIodef(value),
            "contactemail" => CaaValues.CheckContactEmail(value),
            "contactphone" => CaaValues.CheckContactPhone(value),
            _ => null,
        };

        if (why is not null)
        {
            Report(context, 0, record, tag, why);
            return;
        }

        if (Array.IndexOf(CaaValues.KnownTags, lower) >= 0)
        {
            return;
        }

        bool reserved = Array.IndexOf(CaaValues.ReservedTags, lower) >= 0;
        string what = reserved ? $"tag '{tag}' is reserved and has no meaning (RFC 8659 §7.2)" : $"tag '{tag}' is not a known property";
        string? suggestion = reserved ? null : CaaValues.Suggest(tag);
        string didYouMean = suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?";
        if (caa.IsIssuerCritical)
        {
            Report(context, 0, record, tag, $"{what} and the Issuer Critical flag is set: a CA must not issue for a name whose CAA set has a critical property it does not know, so this blocks all issuance (RFC 8659 §4.1){didYouMean}");
        }
        else
        {
            Report(context, -1, record, tag, $"{what}, so CAs ignore this record (RFC 8659 §4.1){didYouMean}");
        }
    }

    private static void Report(RuleContext context, int steps, ResourceRecord record, string tag, string message) =>
        context.ReportShifted(steps, record.Location, record.Owner, [], tag, record.Owner, message);
}
