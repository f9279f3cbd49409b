using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using ZoneLint.Model;
using ZoneLint.Parsing;
using ZoneLint.Rules;
using ZoneLint.Text;

namespace ZoneLint.Tests.Rules;

/// <summary>
/// Host-name syntax (RFC 952 as RFC 1123 §2.1 relaxed it) checked in one pass, against the rule written out as a
/// regular expression: every label letters, digits and inner hyphens, the top-level label not all digits, a leftmost
/// <c>*</c> only when wildcards are allowed.
/// </summary>
public class HostNamesTests
{
    private static readonly Regex Label = new("^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$", RegexOptions.CultureInvariant);

    private static bool Reference(IReadOnlyList<string> labels, bool allowWildcard)
    {
        if (labels.Count == 0)
        {
            return false;
        }

        int first = allowWildcard && labels[0] == "*" ? 1 : 0;
        return labels.Skip(first).All(Label.IsMatch) && !labels[^1].All(char.IsAsciiDigit);
    }

    [Test]
    public void One_pass_check_explained_check_and_the_problem_made_when_read_agree_with_the_rule()
    {
        var label = Gen.Elements("a", "Z", "0", "9", "-", "*", "_", "\u00e9", " ", "x1", "host", "12", "-a", "b-", "a-b")
            .ArrayOf().Where(parts => parts.Length > 0).Select(string.Concat)
            .Where(text => text.Length <= 63);
        var names = Gen.Zip(label.ListOf().Where(l => l.Count <= 6), Gen.Elements(true, false));
        Prop.ForAll(names.ToArbitrary(), sample =>
        {
            var (labels, allowWildcard) = sample;
            var name = new DomainName([.. labels.SelectMany(l => new[] { (byte)System.Text.Encoding.Latin1.GetByteCount(l) }.Concat(System.Text.Encoding.Latin1.GetBytes(l))), 0]);
            bool expected = Reference(labels, allowWildcard);
            string? problem = HostNames.FindProblem(name, allowWildcard);
            return HostNames.IsValidHostName(name, allowWildcard) == expected
                && (problem is null) == expected
                && HostNames.ProblemOf(name, allowWildcard)?.ToString() == problem;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
    }

    [Test]
    public void Names_the_parser_interns_carry_their_host_name_syntax_worked_out()
    {
        const string text = "$ORIGIN example.com.\n@ SOA ns hostmaster 1 2 3 4 5\nwww A 192.0.2.1\n_dmarc TXT \"v=DMARC1\"\n" +
            "*.wild A 192.0.2.2\nbad-.name A 192.0.2.3\n1.2.3.4 A 192.0.2.4\n@ MX 10 mail_server\n";
        var zone = ZoneParser.Parse(text, ZoneParseOptions.Default).Zone;
        var names = zone.Records.Select(r => r.Owner).Concat(zone.Records.Select(r => r.Data).OfType<ZoneLint.Model.Records.MxData>().Select(mx => mx.Exchange)).ToList();
        Assert.That(names, Has.Count.GreaterThanOrEqualTo(8));
        Assert.Multiple(() =>
        {
            foreach (var name in names)
            {
                Assert.That(name.HostNameSyntax, Is.EqualTo(HostNameSyntax.Classify(name.Wire)), name.ToString());
                Assert.That(HostNames.IsValidHostName(name), Is.EqualTo(HostNames.FindProblem(name, allowWildcard: false) is null), name.ToString());
            }
        });
    }

    [TestCase("mail.example.com.", false, true)]
    [TestCase("*.example.com.", true, true)]
    [TestCase("*.example.com.", false, false)]
    [TestCase("a.*.example.com.", true, false)]
    [TestCase("-mail.example.com.", false, false)]
    [TestCase("mail-.example.com.", false, false)]
    [TestCase("1.2.3.4.", false, false)]
    [TestCase("3com.example.", false, true)]
    [TestCase("_dmarc.example.com.", false, false)]
    [TestCase(".", false, false)]
    public void Examples(string text, bool allowWildcard, bool valid)
    {
        var name = DomainName.Parse(text);
        Assert.That(HostNames.IsValidHostName(name, allowWildcard), Is.EqualTo(valid));
        Assert.That(HostNames.FindProblem(name, allowWildcard) is null, Is.EqualTo(valid));
    }
}
