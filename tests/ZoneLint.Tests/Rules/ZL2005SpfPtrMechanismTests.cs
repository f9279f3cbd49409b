using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL2005SpfPtrMechanismTests
{
    [Test]
    public void Reports_ptr_with_and_without_a_domain() => RuleTestHarness.Verify("ZL2005", """
        @ TXT "v=spf1 mx [|ptr|] -all"
        a TXT "v=spf1 [|?ptr:example.net|] -all"
        """);

    [Test]
    public void Accepts_names_that_merely_contain_ptr() => RuleTestHarness.Verify("ZL2005", """
        @ TXT "v=spf1 include:ptr.example.net a:ptr.example.com -all"
        ptr TXT "ptr"
        """);
}
