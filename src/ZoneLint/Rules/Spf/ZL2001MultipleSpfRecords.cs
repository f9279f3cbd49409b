using System.Runtime.InteropServices;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Spf;

/// <summary>
/// "A domain name MUST NOT have multiple records that would cause an authorization check to select more than one
/// record" (RFC 7208 §3.2); "If the resultant record set includes more than one record, check_host() produces the
/// 'permerror' result" (§4.5). A TXT record is an SPF record when its strings, joined without separators (§3.3), begin
/// with exactly <c>v=spf1</c> followed by a space or the end (§4.5). Exact copies are one record in the RRset (ZL7001).
/// </summary>
[ZoneRule("ZL2001", "More than one SPF record", "'{0}' has {1} SPF records; receivers return permerror and apply no SPF policy: merge them into one", RuleCategories.Spf, DiagnosticSeverity.Error)]
internal sealed class ZL2001MultipleSpfRecords : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        foreach (var node in context.Zone.NodesWith(RRType.TXT))
        {
            var txts = node.Get(RRType.TXT);
            if (txts.Length < 2)
            {
                continue;
            }

            List<ResourceRecord>? candidates = null;
            foreach (var txt in txts)
            {
                if (txt.Data is TxtData text && ZoneQueries.IsSpfRecord(text, out _))
                {
                    (candidates ??= []).Add(txt);
                }
            }

            if (candidates is { Count: > 1 } && ZoneQueries.DistinctByData(CollectionsMarshal.AsSpan(candidates)) is { Count: > 1 } spf)
            {
                // Once per owner, at the second record: the first is what the author most likely meant to keep.
                context.Report(spf[1], spf.Where((_, i) => i != 1), node.Name, spf.Count);
            }
        }
    }
}
