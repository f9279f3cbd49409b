namespace ZoneLint.Rules;

/// <summary>What a TXT record's owner name makes of it: where DMARC and DKIM look for their records.</summary>
[Flags]
internal enum TxtOwnerKind : byte
{
    /// <summary>None of the names below.</summary>
    None = 0,

    /// <summary><c>_dmarc.&lt;domain&gt;</c>: a DMARC policy record's name (RFC 7489 §6.1).</summary>
    DmarcPolicy = 1,

    /// <summary><c>&lt;policy-domain&gt;._report._dmarc.&lt;report-domain&gt;</c> and not a policy name: a report authorization record's (§7.1).</summary>
    DmarcAuthorization = 2,

    /// <summary>A <c>_domainkey</c> label after the first: a DKIM key record's name (RFC 6376 §3.6.2.1).</summary>
    DkimKey = 4,
}
