using FsCheck;
using FsCheck.Fluent;
using ZoneLint.Model;
using ZoneLint.Rules.Dmarc;

namespace ZoneLint.Tests.Rules;

/// <summary>
/// Where DMARC records live (RFC 7489 §6.1, §7.1): a policy record at <c>_dmarc.&lt;domain&gt;</c>, a report
/// authorization record at <c>&lt;policy-domain&gt;._report._dmarc.&lt;report-domain&gt;</c>. Checked against the
/// definition written out over the labels as strings, for names made of the labels that matter in any case and order.
/// </summary>
public class DmarcNamesTests
{
    [Test]
    public void Policy_and_authorization_names_are_told_as_their_definitions_say()
    {
        string[] pool = ["_dmarc", "_DMARC", "_report", "_Report", "example", "com", "_report_", "dmarc", "x"];
        var names = Gen.Choose(0, 6).SelectMany(n => Gen.ArrayOf(Gen.Elements(pool), n));
        Prop.ForAll(names.ToArbitrary(), labels =>
        {
            var name = DomainName.Parse(labels.Length == 0 ? "." : string.Join('.', labels) + ".");
            bool policy = labels.Length > 0 && labels[0].Equals("_dmarc", StringComparison.OrdinalIgnoreCase);
            bool authorization = Enumerable.Range(1, Math.Max(0, labels.Length - 2)).Any(i =>
                labels[i].Equals("_report", StringComparison.OrdinalIgnoreCase) && labels[i + 1].Equals("_dmarc", StringComparison.OrdinalIgnoreCase));
            return DmarcNames.IsPolicyName(name) == policy && DmarcNames.IsAuthorizationName(name) == authorization;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000));
    }
}
