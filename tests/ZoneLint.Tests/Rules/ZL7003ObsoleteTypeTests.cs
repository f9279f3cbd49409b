using System.Collections.Immutable;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL7003ObsoleteTypeTests
{
    [Test]
    public void Reports_obsolete_types_once_per_rrset() => RuleTestHarness.Verify("ZL7003", """
        [|old|] MD mail.example.com.
        old MD mail2.example.com.
        [|old|] MF mail.example.com.
        [|host|] WKS 192.0.2.1 6 smtp
        [|v6|] A6 0 2001:db8::1
        [|nul|] NULL \# 0
        """);

    [Test]
    public void Accepts_current_types() => RuleTestHarness.Verify("ZL7003", """
        www A 192.0.2.1
        www AAAA 2001:db8::1
        @ MX 10 mail.example.com.
        info TXT "hello"
        """);

    [Test]
    public void Reports_mail_query_types_in_zones_built_in_code()
    {
        var owner = DomainName.Parse("mail.example.com.");
        var zone = Zone.Create(RuleTestHarness.Origin, [
            new ResourceRecord(owner, 3600, new UnknownData(RRType.MAILA, ImmutableArray<byte>.Empty)),
            new ResourceRecord(owner, 3600, new UnknownData(RRType.MAILB, ImmutableArray<byte>.Empty)),
        ]);
        var result = ZoneLinter.Default.Lint(zone);
        Assert.That(result.Diagnostics.Where(d => d.Id == "ZL7003").Select(d => d.Message.Split(' ')[0]), Is.EquivalentTo(new[] { "MAILA", "MAILB" }));
    }
}
