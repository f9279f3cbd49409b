using ZoneLint.Tests.Infrastructure;
using ZoneLint.Tests.Dnssec;

namespace ZoneLint.Tests.Rules;

public class ZL8123MalformedDeleteRequestTests
{
    [Test]
    public void Well_formed_delete_requests_are_clean() =>
        RuleTestHarness.Verify("ZL8123", "@ CDS 0 0 0 00\n@ CDNSKEY 0 3 0 AA==\n");

    [Test]
    public void Algorithm_0_in_another_form_is_reported() =>
        RuleTestHarness.Verify("ZL8123", "[|@ CDS 0 0 0 01\n[|@ CDNSKEY 0 3 0 AQ==\n[|x CDS 1 0 2 0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF\n");

    [Test]
    public void Delete_request_mixed_with_keys_is_reported_at_the_delete_request() =>
        RuleTestHarness.Verify("ZL8123", $"@ DNSKEY {CdsTesting.Dnskey(CdsTesting.Key)}\n[|@ CDS 0 0 0 00\n@ CDS {CdsTesting.Ds(CdsTesting.Key)}\n[|@ CDNSKEY 0 3 0 AA==\n@ CDNSKEY {CdsTesting.Dnskey(CdsTesting.Key)}\n");
}
