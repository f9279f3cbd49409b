using ZoneLint.Model;

namespace ZoneLint.Tests.Model;

public class DomainNameRelativeTextTests
{
    [TestCase("host1.example.com.", "host1")]
    [TestCase("a.b.example.com.", "a.b")]
    [TestCase("EXAMPLE.com.", "@")]
    [TestCase("a\\.b.Example.COM.", "a\\.b")]
    [TestCase("www.example.org.", "www.example.org.")]
    [TestCase("com.", "com.")]
    public void Names_print_relative_to_an_origin(string name, string expected) =>
        Assert.That(DomainName.Parse(name).ToString(DomainName.Parse("example.com.")), Is.EqualTo(expected));

    [Test]
    public void Relative_to_the_root_or_nothing_a_name_prints_absolute()
    {
        Assert.That(DomainName.Parse("a.example.").ToString(DomainName.Root), Is.EqualTo("a.example."));
        Assert.That(DomainName.Parse("a.example.").ToString(null), Is.EqualTo("a.example."));
    }
}
