using ZoneLint.Tests.Infrastructure;
using ZoneLint.Tests.Dnssec;

namespace ZoneLint.Tests.Rules;

public class ZL8122CdsCdnskeyMismatchTests
{
    private static readonly string Keys = $"@ DNSKEY {CdsTesting.Dnskey(CdsTesting.Key)}\n@ DNSKEY {CdsTesting.Dnskey(CdsTesting.OtherKey)}\n";

    [Test]
    public void CDS_and_CDNSKEY_of_the_same_keys_are_clean() =>
        RuleTestHarness.Verify("ZL8122", Keys + $"@ CDS {CdsTesting.Ds(CdsTesting.Key)}\n@ CDNSKEY {CdsTesting.Dnskey(CdsTesting.Key)}\n");

    [Test]
    public void CDS_and_CDNSKEY_of_different_keys_are_both_reported() =>
        RuleTestHarness.Verify("ZL8122", Keys + $"[|@ CDS {CdsTesting.Ds(CdsTesting.Key)}\n[|@ CDNSKEY {CdsTesting.Dnskey(CdsTesting.OtherKey)}\n");

    [Test]
    public void Delete_request_in_one_and_keys_in_the_other_is_reported() =>
        RuleTestHarness.Verify("ZL8122", Keys + $"@ CDS 0 0 0 00\n[|@ CDNSKEY {CdsTesting.Dnskey(CdsTesting.Key)}\n");

    [Test]
    public void Both_delete_requests_are_clean() =>
        RuleTestHarness.Verify("ZL8122", "@ CDS 0 0 0 00\n@ CDNSKEY 0 3 0 AA==\n");

    [Test]
    public void Either_alone_is_not_judged() =>
        RuleTestHarness.Verify("ZL8122", Keys + $"@ CDNSKEY {CdsTesting.Dnskey(CdsTesting.OtherKey)}\n");
}
