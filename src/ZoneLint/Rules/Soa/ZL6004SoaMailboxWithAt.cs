using System.Text;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;
using ZoneLint.Text;

namespace ZoneLint.Rules.Soa;

/// <summary>
/// The SOA RNAME is a mailbox encoded as a name: "the mailbox HOSTMASTER@SRI-NIC.ARPA is mapped into the domain name
/// HOSTMASTER.SRI-NIC.ARPA" (RFC 1035 §8). Written with '@', the zone file gives a name with a label such as
/// <c>hostmaster@example</c>, which is no mailbox anyone can write to.
/// </summary>
[ZoneRule("ZL6004", "SOA RNAME written with '@'", "SOA RNAME '{0}' contains '@': a mailbox is written as a name, with '.' in place of '@'{1}", RuleCategories.Soa, DiagnosticSeverity.Warning)]
internal sealed class ZL6004SoaMailboxWithAt : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var zone = context.Zone;
        foreach (var node in zone.NodesWith(RRType.SOA))
        {
            foreach (var record in node.Get(RRType.SOA))
            {
                var mailbox = ((SoaData)record.Data).ResponsibleMailbox;
                if (mailbox.Wire.IndexOf((byte)'@') < 0)
                {
                    continue;
                }

                string? fixedName = Suggest(mailbox);
                context.Report(record, mailbox, fixedName is null ? string.Empty : $"; write '{fixedName}'");
            }
        }
    }

    /// <summary>The mailbox spelled the RFC 1035 §8 way: the local part as one label (its dots escaped), then the mail domain.</summary>
    internal static string? Suggest(DomainName mailbox)
    {
        var labels = new List<byte[]>();
        var wire = mailbox.Wire;
        for (int offset = 0; wire[offset] != 0; offset += wire[offset] + 1)
        {
            labels.Add(wire.Slice(offset + 1, wire[offset]).ToArray());
        }

        int at = labels.FindIndex(l => Array.IndexOf(l, (byte)'@') >= 0);
        var local = new List<byte>();
        for (int i = 0; i < at; i++)
        {
            local.AddRange(labels[i]);
            local.Add((byte)'.');
        }

        int split = Array.IndexOf(labels[at], (byte)'@');
        local.AddRange(labels[at].AsSpan(0, split));
        var domainFirst = labels[at].AsSpan(split + 1);
        if (local.Count == 0 || local.Count > DomainName.MaxLabelLength || (domainFirst.IsEmpty && at == labels.Count - 1))
        {
            return null;
        }

        var sb = new StringBuilder();
        NameText.AppendLabel(local.ToArray(), sb);
        sb.Append('.');
        if (!domainFirst.IsEmpty)
        {
            NameText.AppendLabel(domainFirst, sb);
            sb.Append('.');
        }

        for (int i = at + 1; i < labels.Count; i++)
        {
            NameText.AppendLabel(labels[i], sb);
            sb.Append('.');
        }

        return sb.ToString();
    }
}
