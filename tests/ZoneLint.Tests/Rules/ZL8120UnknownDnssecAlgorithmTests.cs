using ZoneLint.Tests.Infrastructure;
using ZoneLint.Tests.Dnssec;

namespace ZoneLint.Tests.Rules;

public class ZL8120UnknownDnssecAlgorithmTests
{
    private const string Digest = "0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF";

    [Test]
    public void Assigned_algorithms_and_digest_types_are_clean() =>
        RuleTestHarness.Verify("ZL8120", $"child NS ns1.example.net.\nchild DS 1 13 2 {Digest}\nchild DS 2 8 4 {Digest}{Digest[..32]}\nchild DS 3 16 6 {Digest}\n@ CDS 0 0 0 00\n@ DNSKEY {CdsTesting.Dnskey(CdsTesting.Key)}\n");

    [Test]
    public void Unassigned_or_reserved_algorithm_is_reported() =>
        RuleTestHarness.Verify("ZL8120", $"child NS ns1.example.net.\n[|child DS 1 200 2 {Digest}\n[|child DS 2 4 2 {Digest}\n[|@ CDS 3 2 2 {Digest}\n");

    [Test]
    public void Unassigned_digest_type_is_reported() =>
        RuleTestHarness.Verify("ZL8120", "child NS ns1.example.net.\n[|child DS 1 13 0 00\n[|child DS 1 13 9 ABCDEF\n");

    [Test]
    public void Key_of_an_algorithm_that_cannot_sign_is_reported() =>
        RuleTestHarness.Verify("ZL8120", "[|@ DNSKEY 256 3 2 AQID\n[|@ CDNSKEY 257 3 252 AQID\n@ CDNSKEY 0 3 0 AA==\n");
}
