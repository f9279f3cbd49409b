using ZoneLint.Engine;
using ZoneLint.Model;

namespace ZoneLint.Rules.Alias;

/// <summary>
/// "If a CNAME RR is present at a node, no other data should be present" (RFC 1034 §3.6.2); "An alias name (label of a
/// CNAME record) may, if DNSSEC is in use, have SIG, NXT, and KEY RRs, but may have no other data" (RFC 2181 §10.1).
/// RRSIG, NSEC and NSEC3 are today's DNSSEC records that may sit beside a CNAME. Reported once per owner, at the CNAME,
/// with the other records as related locations.
/// </summary>
[ZoneRule("ZL4001", "CNAME and other data", "'{0}' has a CNAME and other data ({1}); an alias can own no other records", RuleCategories.Alias, DiagnosticSeverity.Error)]
internal sealed class ZL4001CnameAndOtherData() : NodeRule(RRType.CNAME)
{
    public override void AnalyzeNode(RuleContext context, ZoneNode node)
    {
        var cnames = node.Get(RRType.CNAME);
        if (cnames.IsEmpty || cnames.Length == node.RecordSpan.Length)
        {
            return;
        }

        var others = new List<ResourceRecord>();
        var types = new List<string>();
        foreach (var record in node.RecordSpan)
        {
            var type = record.Type;
            if (type == RRType.CNAME || type == RRType.RRSIG || type == RRType.NSEC || type == RRType.NSEC3)
            {
                continue;
            }

            others.Add(record);
            if (types.Count == 0 || types[^1] != type.ToString())
            {
                types.Add(type.ToString());
            }
        }

        if (others.Count > 0)
        {
            context.Report(cnames[0], others, node.Name, string.Join(", ", types));
        }
    }
}
