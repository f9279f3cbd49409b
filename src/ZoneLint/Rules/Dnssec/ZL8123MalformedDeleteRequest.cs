using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Dnssec;

/// <summary>
/// RFC 8078 §4 asks a parent to remove a child's DS records with exactly one record form: <c>CDS 0 0 0 00</c> and
/// <c>CDNSKEY 0 3 0 AA==</c> (algorithm 0, reserved for this use). A record with algorithm 0 in any other form is not a
/// delete request and names no real key; and a delete request in an RRset that also lists keys contradicts itself —
/// BIND's <c>named-checkzone</c> rejects both.
/// </summary>
[ZoneRule("ZL8123", "Malformed or mixed CDS/CDNSKEY delete request", "{0} at '{1}' {2}", RuleCategories.Dnssec, DiagnosticSeverity.Error)]
internal sealed class ZL8123MalformedDeleteRequest : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        foreach (var node in context.Zone.NodesWith(RRType.CDS))
        {
            Check(context, node.Get(RRType.CDS), "CDS", "0 0 0 00");
        }

        foreach (var node in context.Zone.NodesWith(RRType.CDNSKEY))
        {
            Check(context, node.Get(RRType.CDNSKEY), "CDNSKEY", "0 3 0 AA==");
        }
    }

    private static void Check(RuleContext context, ReadOnlySpan<ResourceRecord> rrset, string type, string form)
    {
        int deletes = 0, others = 0;
        foreach (var r in rrset)
        {
            bool delete = r.Data is CdsData { IsDeleteRequest: true } or CdnskeyData { IsDeleteRequest: true };
            byte algorithm = r.Data switch
            {
                DelegationSignerData d => d.Algorithm,
                DnssecKeyData k => k.Algorithm,
                _ => 1,
            };

            if (delete)
            {
                deletes++;
            }
            else if (algorithm == 0)
            {
                context.Report(r, type, r.Owner, $"has algorithm 0 but is not the delete request '{form}' (RFC 8078 §4): it neither deletes nor names a key");
            }
            else
            {
                others++;
            }
        }

        if (deletes > 0 && others > 0)
        {
            foreach (var r in rrset)
            {
                if (r.Data is CdsData { IsDeleteRequest: true } or CdnskeyData { IsDeleteRequest: true })
                {
                    context.Report(r, type, r.Owner, $"asks the parent to delete its DS records, but the {type} RRset also lists {others} key(s): the request contradicts itself");
                    break;
                }
            }
        }
    }
}
