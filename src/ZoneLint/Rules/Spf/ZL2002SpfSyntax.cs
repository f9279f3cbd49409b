using ZoneLint.Engine;

namespace ZoneLint.Rules.Spf;

/// <summary>
/// An SPF record must follow the grammar of RFC 7208 §12: known mechanisms with the arguments each takes, valid ip4/ip6
/// networks and CIDR lengths, valid domain-specs and macros (§7.1), at most one <c>redirect</c> and one <c>exp</c> (§6).
/// "If there are any syntax errors anywhere in the record, check_host() returns immediately with the result
/// 'permerror'" (§4.6). Unknown modifiers are legal but ignored (§6), so they are reported as likely typos.
/// </summary>
[ZoneRule("ZL2002", "SPF syntax error", "SPF record at {0}: {1}", RuleCategories.Spf, DiagnosticSeverity.Error)]
internal sealed class ZL2002SpfSyntax : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var texts = SpfRecords.AuthoritativeTxt(context.Zone);
        for (int i = 0; i < texts.Count; i++)
        {
            // PERF: the record is read only to report it (see AuthoritativeTexts).
            string text = texts.TextAt(i);
            if (SpfRecord.LooksLikeSpf(text))
            {
                var record = texts.At(i).Record;
                // Parse reports the missing space; the record is not SPF to receivers, so nothing else is said about it.
                var error = SpfRecord.Parse(text).Errors[0];
                context.Report(TxtRecordText.Locate(record, error.Offset), record.Owner, [], record.Owner, error.Message);
            }
        }

        // PERF: SPF records as parsed once for the zone, not parsed again here.
        foreach (var entry in SpfRecords.InZone(context.Zone))
        {
            var record = entry.Record;
            foreach (var error in entry.Spf.Errors)
            {
                context.Report(TxtRecordText.Locate(record, error.Offset), record.Owner, [], record.Owner, error.Message);
            }

            foreach (var term in entry.Spf.Terms)
            {
                if (term.Kind != SpfTermKind.UnknownModifier || SpfRecord.IsRegisteredExtension(term.Name))
                {
                    continue;
                }

                string message = term.Name.Equals("v", StringComparison.OrdinalIgnoreCase)
                    ? $"'{term.Text}' inside the record: two SPF records joined into one? A record has one version, at its start"
                    : $"unknown modifier '{term.Name}=' is ignored by receivers (RFC 7208 §6): a typo of redirect= or exp=?";
                context.Report(TxtRecordText.Locate(record, term.Offset), record.Owner, [], record.Owner, message);
            }
        }
    }
}
