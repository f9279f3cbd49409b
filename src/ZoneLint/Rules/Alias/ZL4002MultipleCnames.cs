using ZoneLint.Engine;
using ZoneLint.Model;

namespace ZoneLint.Rules.Alias;

/// <summary>
/// An alias has one canonical name: for any name "one CNAME record exists, optionally accompanied by SIG, NXT, and KEY
/// RRs" or none does (RFC 2181 §10.1). Two different CNAMEs at one owner make the answer depend on the server.
/// Exact copies are one record (ZL7001). Reported once per owner, at the second CNAME.
/// </summary>
[ZoneRule("ZL4002", "More than one CNAME at one owner", "'{0}' has {1} CNAME records ({2}); an alias has exactly one canonical name", RuleCategories.Alias, DiagnosticSeverity.Error)]
internal sealed class ZL4002MultipleCnames() : NodeRule(RRType.CNAME)
{
    public override void AnalyzeNode(RuleContext context, ZoneNode node)
    {
        var cnames = node.Get(RRType.CNAME);
        if (cnames.Length < 2)
        {
            return;
        }

        var distinct = ZoneQueries.DistinctByData(cnames);
        if (distinct.Count > 1)
        {
            string targets = string.Join(", ", distinct.Select(r => r.Data.ToString()));
            context.Report(distinct[1], distinct.Where((_, i) => i != 1), node.Name, distinct.Count, targets);
        }
    }
}
