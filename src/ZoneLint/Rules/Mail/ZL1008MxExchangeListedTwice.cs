using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Mail;

/// <summary>
/// The same exchange listed twice at one owner (names compared without case, RFC 4343), usually with two preferences:
/// senders use the best preference and the other record only adds confusion about which was meant. An exact copy of a
/// record is a duplicate record (ZL7001) and is not reported here.
/// </summary>
[ZoneRule("ZL1008", "MX exchange listed more than once", "MX exchange '{0}' is listed more than once at '{1}' (preferences {2}); keep one record", RuleCategories.Mail, DiagnosticSeverity.Info)]
internal sealed class ZL1008MxExchangeListedTwice() : NodeRule(RRType.MX)
{
    public override void AnalyzeNode(RuleContext context, ZoneNode node)
    {
        var mxs = node.Get(RRType.MX);
        if (mxs.Length < 2)
        {
            return;
        }

        // PERF: copies of a listing (ZL7001's) are left out through a set of listings, not by comparing each record
        // with every listing of its exchange before it: 64,000 preferences of one exchange took 26 s.
        var byExchange = new Dictionary<DomainName, List<ResourceRecord>>();
        var listings = new HashSet<(DomainName Exchange, ushort Preference)>();
        foreach (var mx in mxs)
        {
            if (mx.Data is not MxData { Exchange: var exchange, Preference: var preference })
            {
                continue;
            }

            if (exchange.IsRoot)
            {
                continue;
            }

            if (!byExchange.TryGetValue(exchange, out var list))
            {
                list = [];
                byExchange.Add(exchange, list);
            }

            if (listings.Add((exchange, preference)))
            {
                list.Add(mx);
            }
        }

        foreach (var (exchange, list) in byExchange)
        {
            if (list.Count < 2)
            {
                continue;
            }

            // Once per exchange, at its second listing, with every other listing related.
            string preferences = string.Join(", ", list.Select(r => ((MxData)r.Data).Preference));
            context.Report(list[1], list.Where((_, i) => i != 1), exchange, node.Name, preferences);
        }
    }
}
