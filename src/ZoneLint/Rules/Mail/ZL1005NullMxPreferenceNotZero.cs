using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Mail;

/// <summary>
/// A null MX has "an RDATA section consisting of preference number 0 and a zero-length label" (RFC 7505 §3); an MX to
/// <c>.</c> with another preference is not a null MX that receivers are required to recognise.
/// </summary>
[ZoneRule("ZL1005", "Null MX preference is not 0", "null MX at '{0}' has preference {1}; RFC 7505 requires 'MX 0 .'", RuleCategories.Mail, DiagnosticSeverity.Warning)]
internal sealed class ZL1005NullMxPreferenceNotZero() : NodeRule(RRType.MX, NodeReads.Data)
{
    public override void AnalyzeNode(RuleContext context, ZoneNode node)
    {
        foreach (var mx in node.Get(RRType.MX))
        {
            if (mx.Data is MxData { IsNullMx: true, Preference: not 0 } data)
            {
                context.Report(mx, node.Name, data.Preference);
            }
        }
    }
}
