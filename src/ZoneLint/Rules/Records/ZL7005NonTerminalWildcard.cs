using ZoneLint.Engine;
using ZoneLint.Model;

namespace ZoneLint.Rules.Records;

/// <summary>
/// A wildcard is a name whose leftmost label is '*' (RFC 4592 §2.1.1); a '*' label anywhere else (<c>foo.*.example.</c>)
/// is a literal label. Such a name also makes <c>*.example.</c> exist: when nothing else is there, that is an empty
/// non-terminal wildcard, and "If a source of synthesis is an empty non-terminal, then the response will be one of no
/// error in the return code and no RRSet in the answer section" (RFC 4592 §4.9), for every name under it that does not
/// exist. BIND warns with <c>check-wildcard</c>. A wildcard that owns records and has names below it is reported too.
/// </summary>
[ZoneRule("ZL7005", "Non-terminal wildcard", "{0}", RuleCategories.Records, DiagnosticSeverity.Info)]
internal sealed class ZL7005NonTerminalWildcard : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var zone = context.Zone;
        HashSet<DomainName>? reported = null;
        // Both findings are about names with a '*' label: one not leftmost, or one whose parent is a wildcard.
        foreach (var node in zone.NodesWithStarLabels)
        {
            var wire = node.Name.Wire;
            if (wire[0] == 0)
            {
                continue;
            }

            if (!node.IsEmptyNonTerminal && InteriorWildcard(wire) is int at)
            {
                context.Report(StructureQueries.FirstInFile(node.Records), Interior(zone, node.Name, wire[at..]));
            }

            // Every name below a wildcard has an ancestor that is a child of it, and empty non-terminals are nodes too,
            // so looking at each node's parent finds every wildcard with names below it.
            var parent = wire[(wire[0] + 1)..];
            if (parent.Length > 2 && parent[0] == 1 && parent[1] == (byte)'*'
                && zone.Find(parent) is { IsEmptyNonTerminal: false } wildcard
                && (reported ??= new HashSet<DomainName>(NameComparer.Instance)).Add(wildcard.Name))
            {
                context.Report(
                    StructureQueries.FirstInFile(wildcard.Records),
                    $"wildcard '{wildcard.Name}' has names below it (such as '{node.Name}'), which makes it a non-terminal wildcard: names below it are literal names, not matched by it");
            }
        }
    }

    private static string Interior(Zone zone, DomainName owner, ReadOnlySpan<byte> wildcardWire)
    {
        var wildcard = zone.Find(wildcardWire);
        string name = wildcard?.Name.ToString() ?? new DomainName(wildcardWire.ToArray()).ToString();
        if (wildcard is { IsEmptyNonTerminal: true })
        {
            string parent = new DomainName(wildcardWire[2..].ToArray()).ToString();
            return $"owner '{owner}' has a '*' label that is not the leftmost, so it is a literal name; it also makes '{name}' an empty non-terminal wildcard, so names under '{parent}' that do not exist get an empty answer instead of NXDOMAIN";
        }

        return $"owner '{owner}' has a '*' label that is not the leftmost, so it is a literal name below the wildcard '{name}', not a wildcard";
    }

    /// <summary>The offset of the first '*' label after the leftmost, if any.</summary>
    private static int? InteriorWildcard(ReadOnlySpan<byte> wire)
    {
        for (int offset = wire[0] + 1; wire[offset] != 0; offset += wire[offset] + 1)
        {
            if (wire[offset] == 1 && wire[offset + 1] == (byte)'*')
            {
                return offset;
            }
        }

        return null;
    }
}
