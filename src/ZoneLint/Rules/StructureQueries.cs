using ZoneLint.Model;

namespace ZoneLint.Rules;

/// <summary>Questions the delegation, SOA and record rules ask of a zone's indexes, answered one way for all of them.</summary>
internal static class StructureQueries
{
    /// <summary>
    /// Whether <paramref name="name"/> is a real zone cut: it owns NS, is not the apex, and no cut lies above it
    /// (NS records below another cut are occluded data, not a delegation).
    /// </summary>
    public static bool IsZoneCut(Zone zone, DomainName name) => zone.FindDelegation(name) is { } cut && cut.Equals(name);

    /// <summary>
    /// Whether <paramref name="name"/> is a zone cut that is served: no DNAME above it redirects the names below it
    /// (RFC 6672 §2.3), in which case the NS records are occluded data, ZL4010's to report.
    /// </summary>
    public static bool IsDelegation(Zone zone, DomainName name) => IsZoneCut(zone, name) && zone.FindDNameAbove(name) is null;

    /// <summary><see cref="IsDelegation(Zone, DomainName)"/> for a node of <paramref name="zone"/>, not looked up again by its name.</summary>
    public static bool IsDelegation(Zone zone, ZoneNode node) =>
        // The node is its own highest cut, and no DNAME lies above it.
        zone.Contains(node) && node.Ancestry == new NodeAncestry(node.Id, 0);

    /// <summary>The record of <paramref name="records"/> that comes first in the file (by line, then column).</summary>
    public static ResourceRecord FirstInFile(IReadOnlyList<ResourceRecord> records)
    {
        var first = records[0];
        for (int i = 1; i < records.Count; i++)
        {
            var r = records[i];
            if (r.Location.Line < first.Location.Line || (r.Location.Line == first.Location.Line && r.Location.Column < first.Location.Column))
            {
                first = r;
            }
        }

        return first;
    }

    /// <summary>Where to report a finding about the zone as a whole: the apex SOA, else the first apex record, else the first record.</summary>
    public static (SourceLocation Location, ResourceRecord? Record) ZoneLocation(Zone zone)
    {
        if (zone.Apex is { IsEmptyNonTerminal: false } apex)
        {
            var soa = apex.Get(RRType.SOA);
            var record = soa.Length > 0 ? soa[0] : FirstInFile(apex.Records);
            return (record.Location, record);
        }

        return zone.Records.Count > 0 ? (zone.Records[0].Location, zone.Records[0]) : (SourceLocation.None, null);
    }

    /// <summary>
    /// Whether a name that does not exist in the zone still gets an address by wildcard synthesis (RFC 4592 §3.3.1):
    /// the source of synthesis <c>*.&lt;closest encloser&gt;</c> owns A or AAAA.
    /// </summary>
    public static bool HasWildcardAddress(Zone zone, DomainName name)
    {
        if (!zone.Contains(name) || zone.Exists(name))
        {
            return false;
        }

        var wire = name.Wire;
        int offset = wire[0] + 1;
        while (wire[offset] != 0)
        {
            var encloser = wire[offset..];
            if (zone.Find(encloser) is not null || encloser.Length == zone.Origin.WireLength)
            {
                var wildcard = new byte[encloser.Length + 2];
                wildcard[0] = 1;
                wildcard[1] = (byte)'*';
                encloser.CopyTo(wildcard.AsSpan(2));
                return zone.Find(wildcard) is { } node && (node.Has(RRType.A) || node.Has(RRType.AAAA));
            }

            offset += wire[offset] + 1;
        }

        return false;
    }
}
