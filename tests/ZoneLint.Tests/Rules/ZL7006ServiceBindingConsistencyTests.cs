using ZoneLint.Engine;
using ZoneLint.Rules.Records;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL7006ServiceBindingConsistencyTests
{
    private static IEnumerable<Diagnostic> Findings(LintResult result) => result.Diagnostics.Where(d => d.Id == "ZL7006");

    [Test]
    public void Accepts_self_consistent_records() => RuleTestHarness.Verify("ZL7006", """
        @          HTTPS 1 . alpn=h2,h3 ipv4hint=192.0.2.10
        www        HTTPS 0 cdn.example.net.
        svc        HTTPS 1 . no-default-alpn alpn=h3
        plain      HTTPS 2 svc.example.net.
        s          SVCB  1 . mandatory=port port=8443
        _dns.ns1   SVCB  1 ns1 alpn=dot
        _dns.ns2   SVCB  1 ns2 alpn=h2,dot dohpath=/dns-query{?dns}
        _853._dns.ns1 SVCB 1 ns1 alpn=doq port=853
        _dns.alias SVCB  0 _dns.ns.provider.example.
        """);

    [Test]
    public void Reports_no_default_alpn_without_alpn_as_an_error()
    {
        // NSD's svcb.success-cases s04, disabled there because its zone reader enforces self-consistency.
        var result = RuleTestHarness.Verify("ZL7006", """
            [|s04|] HTTPS 1 . no-default-alpn
            """);
        Assert.That(Findings(result).Single().Severity, Is.EqualTo(DiagnosticSeverity.Error));
        Assert.That(Findings(result).Single().Message, Does.Contain("RFC 9460 §7.1.1"));
    }

    [Test]
    public void Reports_automatically_mandatory_keys_in_mandatory_as_a_warning()
    {
        // NSD's svcb.success-cases s05 (in ServiceMode; there it is also AliasMode with parameters).
        var result = RuleTestHarness.Verify("ZL7006", """
            [|s05|] HTTPS 1 . alpn="dot" no-default-alpn port=853 mandatory=port,no-default-alpn
            [|_dns.dns|] SVCB 1 ns1 alpn=dot port=853 mandatory=port
            generic SVCB 1 . port=853 mandatory=port
            """);
        Assert.That(Findings(result).Select(d => d.Severity), Is.All.EqualTo(DiagnosticSeverity.Warning));
        Assert.That(Findings(result).First(d => d.Owner!.ToString() == "s05.example.com.").Message, Does.Contain("mandatory lists no-default-alpn and port, which are automatically mandatory for HTTPS"));
    }

    [Test]
    public void Reports_parameters_on_alias_mode_records() => RuleTestHarness.Verify("ZL7006", """
        [|s01|] SVCB 0 . key123
        [|s05|] HTTPS 0 . alpn="dot" no-default-alpn port=853 mandatory=port
        ok      SVCB 0 svc.example.net.
        """);

    [Test]
    public void Reports_mixed_modes_and_several_aliases() => RuleTestHarness.Verify("ZL7006", """
        mixed  HTTPS 0 cdn.example.net.
        [|mixed|]  HTTPS 1 . alpn=h2
        two    HTTPS 0 a.example.net.
        [|two|]    HTTPS 0 b.example.net.
        """);

    [Test]
    public void Reports_dns_service_records_without_alpn_or_without_dohpath()
    {
        // BIND's checkzone bad-_dns-svcb1..6: no alpn, and HTTP alpn without dohpath.
        RuleTestHarness.Verify("ZL7006", """
            [|_dns|]      SVCB 1 ns1 dohpath=/{?dns}
            [|_dns.a|]    SVCB 1 ns1 alpn=http/1.1
            [|_dns.b|]    SVCB 1 ns1 alpn=h2
            [|_dns.c|]    SVCB 1 ns1 alpn=h3
            [|_443._dns.d|] SVCB 1 ns1 alpn=h1\\,h2
            [|_443._dns.e|] SVCB 1 ns1 alpn=x1\\,h2
            _dns.f        SVCB 1 ns1 alpn=x1,dot
            _dns.g        HTTPS 1 ns1 alpn=h2
            _foo._dns.h   SVCB 1 ns1 alpn=h2
            """);
    }

    [Test]
    public void Reports_a_dohpath_that_is_no_usable_template() => RuleTestHarness.Verify("ZL7006", """
        [|a|] SVCB 1 . alpn=h2 dohpath=/dns-query
        [|b|] SVCB 1 . alpn=h2 dohpath=dns-query{?dns}
        [|c|] SVCB 1 . alpn=h2 dohpath=/dns-query{?dns
        [|d|] SVCB 1 . alpn=h2 dohpath=/dns-query{é?dns}
        e     SVCB 1 . alpn=h2 dohpath=/q{?dns,x}
        f     SVCB 1 . alpn=h2 dohpath=/dns/{dns}
        """);

    [TestCase("/dns-query{?dns}", null)]
    [TestCase("/{?dns}", null)]
    [TestCase("/q{?dns:40}", null)]
    [TestCase("/q{?dns*}", null)]
    [TestCase("/q{?dns:0}", "prefix modifier")]
    [TestCase("/q}", "closes no expression")]
    [TestCase("/q{?dn s}", "not a URI template expression")]
    [TestCase("/q{?name}", "no dns variable")]
    [TestCase("/q {?dns}", "may not contain")]
    public void Dohpath_templates(string template, string? problem)
    {
        string? actual = ZL7006ServiceBindingConsistency.CheckDohPath(template);
        if (problem is null)
        {
            Assert.That(actual, Is.Null);
        }
        else
        {
            Assert.That(actual, Does.Contain(problem));
        }
    }
}
