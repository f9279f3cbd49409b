using ZoneLint.Model;

namespace ZoneLint.Rules.Dmarc;

/// <summary>
/// Where DMARC records live: policy records at <c>_dmarc.&lt;domain&gt;</c> (RFC 7489 §6.1) and report authorization records
/// at <c>&lt;policy-domain&gt;._report._dmarc.&lt;report-domain&gt;</c> (§7.1); and which domains share an organization.
/// </summary>
internal static class DmarcNames
{
    private static readonly byte[] DmarcLabel = "_dmarc"u8.ToArray();
    private static readonly byte[] ReportLabel = "_report"u8.ToArray();

    /// <summary>Whether the leftmost label is <c>_dmarc</c>: a policy record's name.</summary>
    public static bool IsPolicyName(DomainName name) => !name.IsRoot && LabelIs(name, 0, DmarcLabel);

    /// <summary>Whether the name is <c>&lt;something&gt;._report._dmarc.&lt;domain&gt;</c>: a report authorization record's name.</summary>
    public static bool IsAuthorizationName(DomainName name)
    {
        // PERF: one walk over the labels after the first (the DMARC rules ask this of every TXT owner of the zone).
        var wire = name.Wire;
        if (wire[0] == 0)
        {
            return false;
        }

        for (int offset = wire[0] + 1; wire[offset] != 0; offset += wire[offset] + 1)
        {
            int next = offset + wire[offset] + 1;
            if (Is(wire.Slice(offset + 1, wire[offset]), ReportLabel) && Is(wire.Slice(next + 1, wire[next]), DmarcLabel))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>_dmarc.&lt;domain&gt;</c>, or null when too long.</summary>
    public static DomainName? PolicyName(DomainName domain) => Prepend(domain, DmarcLabel);

    /// <summary><c>&lt;policy-domain&gt;._report._dmarc.&lt;report-domain&gt;</c> (RFC 7489 §7.1 steps 2–3), or null when too long.</summary>
    public static DomainName? AuthorizationName(DomainName policyDomain, DomainName reportDomain)
    {
        var suffix = Prepend(reportDomain, DmarcLabel) is { } d ? Prepend(d, ReportLabel) : null;
        if (suffix is null || policyDomain.WireLength - 1 + suffix.WireLength > DomainName.MaxWireLength)
        {
            return null;
        }

        return new DomainName([.. policyDomain.Wire[..^1], .. suffix.Wire]);
    }

    /// <summary>
    /// Whether two domains belong to one organization, as far as the zone can tell.
    /// </summary>
    /// <remarks>
    /// RFC 7489 finds Organizational Domains with the Public Suffix List, which ZoneLint does not ship. For names in the
    /// zone it walks the tree instead, as DMARCbis (RFC 9989) does: the organizational domain of a name is the shortest
    /// in-zone ancestor that publishes a DMARC policy, stopping at one that says <c>psd=n</c> (it is the organization)
    /// or one below a <c>psd=y</c> public suffix; when no in-zone ancestor publishes a policy, it is the zone's apex. So
    /// in a zone whose apex publishes DMARC, every name shares one organization. A name outside the zone shares the
    /// zone's organization only when it is an ancestor of the apex with two labels or more (a sub-zone reporting to its
    /// parent domain).
    /// </remarks>
    public static bool SameOrganization(Zone zone, DomainName a, DomainName b)
    {
        bool aIn = zone.Contains(a);
        bool bIn = zone.Contains(b);
        if (aIn && bIn)
        {
            var policies = zone.GetShared(static z => new PublishedPolicies(z));
            return OrganizationalDomain(zone, policies, a).Equals(OrganizationalDomain(zone, policies, b));
        }

        var outside = aIn ? b : a;
        return (aIn || bIn) && zone.Origin.IsSubdomainOf(outside) && outside.LabelCount >= 2;
    }

    private static DomainName OrganizationalDomain(Zone zone, PublishedPolicies policies, DomainName name)
    {
        DomainName? shortest = null;
        // PERF: the walk stops at the apex rather than asking for its parent, which the zone does not hold and would make.
        for (var d = name; d is not null && zone.Contains(d); d = d.WireLength > zone.Origin.WireLength ? zone.ParentOf(d) : null)
        {
            if (!policies.Psd.TryGetValue(d, out string? psd))
            {
                continue;
            }

            if (psd == "n")
            {
                return d;
            }

            if (psd == "y" && !d.Equals(name))
            {
                return name.Truncate(d.LabelCount + 1);
            }

            shortest = d;
        }

        return shortest ?? zone.Origin;
    }

    /// <summary>
    /// Each domain that publishes a DMARC policy, with the <c>psd=</c> value of its first policy record; worked out once
    /// per zone from the parses the DMARC rules share, since every policy record asks about its ancestors.
    /// </summary>
    private sealed class PublishedPolicies
    {
        public PublishedPolicies(Zone zone)
        {
            var entries = DmarcRecords.InZone(zone);
            int policies = 0;
            foreach (var entry in entries)
            {
                policies += entry.IsDmarc && entry.PolicyDomain is not null ? 1 : 0;
            }

            // PERF: sized for the policy records, not every DMARC entry (report authorizations are entries too).
            Psd = new(policies, NameComparer.Instance);
            foreach (var entry in entries)
            {
                if (entry.IsDmarc && entry.PolicyDomain is { } domain)
                {
                    Psd.TryAdd(domain, entry.Parsed.Tags.Get("psd")?.Value);
                }
            }
        }

        public Dictionary<DomainName, string?> Psd { get; }
    }

    private static DomainName? Prepend(DomainName name, byte[] label)
    {
        if (name.WireLength + label.Length + 1 > DomainName.MaxWireLength)
        {
            return null;
        }

        return new DomainName([(byte)label.Length, .. label, .. name.Wire]);
    }

    private static bool LabelIs(DomainName name, int index, byte[] expected) => Is(name.GetLabel(index), expected);

    private static bool Is(ReadOnlySpan<byte> label, byte[] expected)
    {
        if (label.Length != expected.Length)
        {
            return false;
        }

        for (int i = 0; i < label.Length; i++)
        {
            if (DomainName.ToLower(label[i]) != expected[i])
            {
                return false;
            }
        }

        return true;
    }
}
