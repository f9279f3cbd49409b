using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Mail;

/// <summary>
/// A domain with a null MX accepts no mail, and "Null MX is primarily intended for domains that do not send or receive
/// any mail" (RFC 7505 §4.2): its SPF record should say so with <c>v=spf1 -all</c> (no host may send as it, RFC 7208 §5.1).
/// Otherwise the domain still claims to send mail, or says nothing and lets anyone forge it.
/// </summary>
[ZoneRule("ZL1006", "Null MX domain does not publish 'v=spf1 -all'", "'{0}' publishes a null MX but {1}; publish \"v=spf1 -all\" to say it sends no mail either", RuleCategories.Mail, DiagnosticSeverity.Info)]
internal sealed class ZL1006NullMxWithoutSpfReject() : NodeRule(RRType.MX, NodeReads.Data)
{
    public override void AnalyzeNode(RuleContext context, ZoneNode node)
    {
        var mxs = node.Get(RRType.MX);
        ResourceRecord? nullMx = null;
        foreach (var mx in mxs)
        {
            if (mx.Data is MxData { IsNullMx: true })
            {
                nullMx = mx;
                break;
            }
        }

        if (nullMx is not { } nullMxRecord)
        {
            return;
        }

        ResourceRecord? spf = null;
        string? spfText = null;
        bool rejectsAll = false;
        foreach (var txt in node.Get(RRType.TXT))
        {
            if (txt.Data is TxtData data && ZoneQueries.IsSpfRecord(data, out string text))
            {
                spf ??= txt;
                spfText ??= text;
                rejectsAll |= IsRejectAll(text);
            }
        }

        if (rejectsAll)
        {
            return;
        }

        if (spf is not { } spfRecord)
        {
            context.Report(nullMxRecord, node.Name, "has no SPF record");
        }
        else
        {
            context.Report(nullMxRecord, [spfRecord], node.Name, $"its SPF record is \"{spfText}\"");
        }
    }

    /// <summary>Exactly the terms <c>v=spf1</c> and <c>-all</c>, in any case, with any spacing between them.</summary>
    private static bool IsRejectAll(string text)
    {
        var terms = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return terms.Length == 2
            && terms[0].Equals("v=spf1", StringComparison.OrdinalIgnoreCase)
            && terms[1].Equals("-all", StringComparison.OrdinalIgnoreCase);
    }
}
