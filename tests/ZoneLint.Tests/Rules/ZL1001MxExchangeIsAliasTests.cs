using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL1001MxExchangeIsAliasTests
{
    [Test]
    public void Reports_mx_pointing_at_an_in_zone_alias() => RuleTestHarness.Verify("ZL1001", """
        [|@|] MX 10 mail
        [|sub|] MX 20 mail.example.com.
        mail CNAME mx.provider.example.
        """);

    [Test]
    public void Accepts_mx_pointing_at_a_host_and_the_null_mx() => RuleTestHarness.Verify("ZL1001", """
        @ MX 10 mail
        mail A 192.0.2.25
        nomail MX 0 .
        out MX 10 mx.provider.example.
        """);

    [Test]
    public void Asks_the_resolver_about_out_of_zone_exchanges()
    {
        var linter = ZoneLinter.CreateBuilder().UseBuiltInRules().UseResolver(new AliasResolver()).Build();
        RuleTestHarness.Verify("ZL1001", """
            [|@|] MX 10 alias.provider.example.
            """, linter: linter);
    }

    private sealed class AliasResolver : IExternalResolver
    {
        public ExternalAnswer Resolve(DomainName name, RRType type, CancellationToken cancellationToken) =>
            type == RRType.CNAME && name.ToString() == "alias.provider.example."
                ? new ExternalAnswer(ExternalAnswerStatus.Answered, [new CNameData(DomainName.Parse("mx.provider.example."))])
                : ExternalAnswer.Unknown;
    }
}
