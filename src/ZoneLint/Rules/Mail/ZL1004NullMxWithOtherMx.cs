using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Mail;

/// <summary>
/// "A domain that advertises a null MX MUST NOT advertise any other MX RR" (RFC 7505 §3). Reported once per owner,
/// at the null MX, with the other MX records as related locations.
/// </summary>
[ZoneRule("ZL1004", "Null MX published with other MX records", "'{0}' publishes a null MX ('0 .') together with {1} other MX record(s); a null MX must be the only MX", RuleCategories.Mail, DiagnosticSeverity.Error)]
internal sealed class ZL1004NullMxWithOtherMx() : NodeRule(RRType.MX)
{
    public override void AnalyzeNode(RuleContext context, ZoneNode node)
    {
        var mxs = node.Get(RRType.MX);
        if (mxs.Length < 2)
        {
            return;
        }

        ResourceRecord? nullMx = null;
        var others = new List<ResourceRecord>();
        foreach (var mx in mxs)
        {
            if (nullMx is null && mx.Data is MxData { IsNullMx: true })
            {
                nullMx = mx;
            }
            else if (nullMx is not { } found || !mx.Data.Equals(found.Data))
            {
                // An exact copy of the null MX is a duplicate record (ZL7001), not "another MX".
                others.Add(mx);
            }
        }

        if (nullMx is { } reported && others.Count > 0)
        {
            context.Report(reported, others, node.Name, others.Count);
        }
    }
}
