using ZoneLint.Model;

namespace ZoneLint.Rules.Dmarc;

/// <summary>
/// Which domains belong to one organization, as far as the zone can tell.
/// </summary>
/// <remarks>
/// RFC 7489 finds Organizational Domains with the Public Suffix List, which ZoneLint does not ship. For names in the
/// zone it walks the tree instead, as DMARCbis (RFC 9989) does: the organizational domain of a name is the shortest
/// in-zone ancestor that publishes a DMARC policy, stopping at one that says <c>psd=n</c> (it is the organization)
/// or one below a <c>psd=y</c> public suffix; when no in-zone ancestor publishes a policy, it is the zone's apex. So
/// in a zone whose apex publishes DMARC, every name shares one organization. A name outside the zone shares the
/// zone's organization only when it is an ancestor of the apex with two labels or more (a sub-zone reporting to its
/// parent domain). Worked out once per zone, from the DMARC parses the rules share.
/// </remarks>
internal sealed class Organizations
{
    private readonly Zone zone;

    // Each domain that publishes a DMARC policy, with the psd= value of its first policy record; null when the apex is
    // the organization of every name in the zone.
    private readonly Dictionary<DomainName, string?>? psd;

    private Organizations(Zone zone)
    {
        this.zone = zone;
        var entries = DmarcRecords.InZone(zone);
        int policies = 0;
        bool apexPolicy = false, boundaries = false;
        foreach (var entry in entries)
        {
            if (entry.IsDmarc && entry.PolicyDomain is { } domain)
            {
                policies++;
                // Once the apex is found, no other policy domain's name is read for it.
                apexPolicy = apexPolicy || domain.Equals(zone.Origin);
                boundaries |= entry.Parsed.Tags.Get("psd")?.Value is "n" or "y";
            }
        }

        // PERF: the walk up from a name stops at the shortest ancestor with a policy unless a psd= tag stops it sooner;
        // with a policy at the apex and no such tag, that is the apex for every name, which needs no walk. Hashing
        // each policy domain into the dictionary and each ancestor of a name out of it (a parent looked up in the zone
        // at every step) was 4% of a run's samples on the 1M-record zone, whose 69,118 policies report to the apex.
        if (apexPolicy && !boundaries)
        {
            return;
        }

        // PERF: sized for the policy records, not every DMARC entry (report authorizations are entries too).
        psd = new(policies, NameComparer.Instance);
        foreach (var entry in entries)
        {
            if (entry.IsDmarc && entry.PolicyDomain is { } domain)
            {
                psd.TryAdd(domain, entry.Parsed.Tags.Get("psd")?.Value);
            }
        }
    }

    /// <summary>The zone's organizations.</summary>
    public static Organizations Of(Zone zone) => zone.GetShared(static z => new Organizations(z));

    /// <summary>
    /// Whether <paramref name="a"/> and <paramref name="b"/> belong to one organization, given what
    /// <see cref="OrganizationOf"/> says of each (PERF: a caller asking about one domain many times works it out once).
    /// </summary>
    public bool Same(DomainName a, DomainName? organizationOfA, DomainName b, DomainName? organizationOfB)
    {
        if (organizationOfA is not null && organizationOfB is not null)
        {
            return organizationOfA.Equals(organizationOfB);
        }

        var outside = organizationOfA is not null ? b : a;
        return (organizationOfA is not null || organizationOfB is not null) && zone.Origin.IsSubdomainOf(outside) && outside.LabelCount >= 2;
    }

    /// <summary>The organizational domain of <paramref name="name"/>; null when the name is outside the zone.</summary>
    public DomainName? OrganizationOf(DomainName name)
    {
        if (!zone.Contains(name))
        {
            return null;
        }

        if (psd is null)
        {
            return zone.Origin;
        }

        DomainName? shortest = null;
        // The ancestors of a name in the zone are in it down to the apex. PERF: the walk stops at the apex rather than
        // asking for its parent, which the zone does not hold and would make.
        for (DomainName? d = name; d is not null; d = d.WireLength > zone.Origin.WireLength ? zone.ParentOf(d) : null)
        {
            if (!psd.TryGetValue(d, out string? value))
            {
                continue;
            }

            if (value == "n")
            {
                return d;
            }

            if (value == "y" && !d.Equals(name))
            {
                return name.Truncate(d.LabelCount + 1);
            }

            shortest = d;
        }

        return shortest ?? zone.Origin;
    }
}
