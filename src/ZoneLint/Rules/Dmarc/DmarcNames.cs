using ZoneLint.Model;

namespace ZoneLint.Rules.Dmarc;

/// <summary>
/// Where DMARC records live: policy records at <c>_dmarc.&lt;domain&gt;</c> (RFC 7489 §6.1) and report authorization records
/// at <c>&lt;policy-domain&gt;._report._dmarc.&lt;report-domain&gt;</c> (§7.1).
/// </summary>
internal static class DmarcNames
{
    private static readonly byte[] DmarcLabel = "_dmarc"u8.ToArray();
    private static readonly byte[] ReportLabel = "_report"u8.ToArray();

    /// <summary>Whether the leftmost label is <c>_dmarc</c>: a policy record's name.</summary>
    public static bool IsPolicyName(DomainName name) => !name.IsRoot && Is(name.GetLabel(0), DmarcLabel);

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

    private static DomainName? Prepend(DomainName name, byte[] label)
    {
        if (name.WireLength + label.Length + 1 > DomainName.MaxWireLength)
        {
            return null;
        }

        return new DomainName([(byte)label.Length, .. label, .. name.Wire]);
    }

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
