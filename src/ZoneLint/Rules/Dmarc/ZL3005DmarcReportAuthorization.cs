using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Rules.Spf;

namespace ZoneLint.Rules.Dmarc;

/// <summary>
/// Reports for one domain go to a different organization's address only when that organization agrees: the receiver
/// queries <c>&lt;policy-domain&gt;._report._dmarc.&lt;report-domain&gt;</c> for a TXT record starting <c>v=DMARC1</c>, and
/// without one "a positive determination of the external reporting relationship cannot be made" and the URI is ignored
/// (RFC 7489 §7.1). Checked when the report domain is in the zone, and outside it with the caller's resolver. Whether two
/// domains are one organization is judged without the Public Suffix List (see <see cref="Organizations"/>).
/// </summary>
[ZoneRule("ZL3005", "DMARC report address not authorized", "{0} in the DMARC record at {1} sends reports to {2}, another organization's domain, but {3} has no TXT record starting v=DMARC1, so receivers will not send these reports", RuleCategories.Dmarc, DiagnosticSeverity.Warning)]
internal sealed class ZL3005DmarcReportAuthorization : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var zone = context.Zone;
        var lookup = new NameLookup(context);
        var organizations = Organizations.Of(zone);

        // PERF: subdomains' policies mostly send reports to one address, so the report domain's organization is worked
        // out once for a run of records that name it.
        DomainName? reportDomainBefore = null, itsOrganization = null;

        // PERF: whether a name authorizes reports is worked out once per name, not once per URI: every URI of a policy
        // record, and every record of one policy domain, asks for the same name, and each asking joined all its TXT
        // records (4 records of 2,000 URIs and 20,000 TXT records at each authorization name took 11 s).
        var authorizations = new Dictionary<DomainName, bool>();
        foreach (var entry in DmarcRecords.InZone(zone))
        {
            if (!entry.IsDmarc || entry.PolicyDomain is not { } policyDomain)
            {
                continue;
            }

            var (record, parsed) = (entry.Record, entry.Parsed);

            // PERF: by index: a foreach over the interface boxed an enumerator per DMARC record.
            for (int i = 0; i < parsed.ReportUris.Count; i++)
            {
                var uri = parsed.ReportUris[i];
                var reportDomain = uri.MailDomain!;
                if (!ReferenceEquals(reportDomain, reportDomainBefore))
                {
                    (reportDomainBefore, itsOrganization) = (reportDomain, organizations.OrganizationOf(reportDomain));
                }

                if (reportDomain.Equals(policyDomain) || organizations.Same(policyDomain, organizations.OrganizationOf(policyDomain), reportDomain, itsOrganization))
                {
                    continue;
                }

                if (DmarcNames.AuthorizationName(policyDomain, reportDomain) is not { } name)
                {
                    continue;
                }

                if (!authorizations.TryGetValue(name, out bool authorized))
                {
                    var answer = lookup.Query(name, Model.RRType.TXT);
                    authorized = answer.Status == LookupStatus.Unknown
                        || answer.Data.Any(d => d is Model.Records.CharacterStringsData txt && DmarcRecord.IsDmarc(TxtRecordText.Join(txt)));
                    authorizations.Add(name, authorized);
                }

                if (!authorized)
                {
                    context.Report(TxtRecordText.Locate(record, uri.Offset), record.Owner, [], uri.Text, record.Owner, reportDomain, name);
                }
            }
        }
    }
}
