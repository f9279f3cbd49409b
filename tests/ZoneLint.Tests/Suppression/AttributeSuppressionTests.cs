using System.Reflection;
using System.Reflection.Emit;
using ZoneLint.Engine;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Suppression;

/// <summary><see cref="SuppressZoneRuleAttribute"/> in code that embeds ZoneLint, read from an assembly or given in options.</summary>
public sealed class AttributeSuppressionTests
{
    private const string Zone = """
        @ MX 10 alias
        sub MX 10 alias
        deep.sub MX 10 alias
        alias CNAME mx.provider.example.
        """;

    private static List<(string Owner, bool Suppressed)> Zl1001(LintResult result) =>
        [.. result.Diagnostics.Where(d => d.Id == "ZL1001").Select(d => (d.Owner!.ToString(), d.IsSuppressed))];

    private static LintResult LintWith(params SuppressZoneRuleAttribute[] suppressions) =>
        RuleTestHarness.Lint(RuleTestHarness.Complete(Zone), LintOptions.Default with { Suppressions = [.. suppressions] });

    [Test]
    public void A_name_target_covers_that_owner_only()
    {
        var result = LintWith(new SuppressZoneRuleAttribute("ZL1001") { Target = "sub.example.com.", Justification = "legacy" });
        Assert.That(Zl1001(result), Is.EqualTo(new[] { ("example.com.", false), ("sub.example.com.", true), ("deep.sub.example.com.", false) }));
        var suppression = result.Diagnostics.Single(d => d.IsSuppressed).Suppression!;
        Assert.That(suppression.Kind, Is.EqualTo(SuppressionKind.Attribute));
        Assert.That(suppression.Justification, Is.EqualTo("legacy"));
    }

    [Test]
    public void A_subtree_target_covers_the_name_and_its_descendants()
    {
        var result = LintWith(new SuppressZoneRuleAttribute("ZL1001") { Target = "sub.example.com", Scope = SuppressionScope.NameAndDescendants });
        Assert.That(Zl1001(result), Is.EqualTo(new[] { ("example.com.", false), ("sub.example.com.", true), ("deep.sub.example.com.", true) }));
    }

    [Test]
    public void A_zone_target_covers_the_zone_and_no_target_covers_every_zone()
    {
        Assert.That(Zl1001(LintWith(new SuppressZoneRuleAttribute("ZL1001") { Target = "example.com.", Scope = SuppressionScope.Zone })).Select(f => f.Suppressed), Is.All.True);
        Assert.That(Zl1001(LintWith(new SuppressZoneRuleAttribute("ZL1001") { Target = "example.net.", Scope = SuppressionScope.Zone })).Select(f => f.Suppressed), Is.All.False);
        Assert.That(Zl1001(LintWith(new SuppressZoneRuleAttribute("ZL1001") { Scope = SuppressionScope.Zone })).Select(f => f.Suppressed), Is.All.True);
    }

    [Test]
    public void A_target_that_is_not_a_name_is_a_configuration_error()
    {
        var result = LintWith(new SuppressZoneRuleAttribute("ZL1001") { Target = "bad..name" });
        Assert.That(result.Diagnostics.Single(d => d.Id == "ZL0090").Message, Does.Contain("not a domain name"));
        Assert.That(Zl1001(result).Select(f => f.Suppressed), Is.All.False);
    }

    [Test]
    public void Attributes_are_read_from_an_assembly_the_host_passes()
    {
        // An assembly made on the fly carries [assembly: SuppressZoneRule(...)], as a GlobalSuppressions.cs would.
        var builder = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("PanelSuppressions"), AssemblyBuilderAccess.Run);
        var constructor = typeof(SuppressZoneRuleAttribute).GetConstructor([typeof(string)])!;
        builder.SetCustomAttribute(new CustomAttributeBuilder(
            constructor,
            ["ZL1001"],
            [typeof(SuppressZoneRuleAttribute).GetProperty(nameof(SuppressZoneRuleAttribute.Target))!, typeof(SuppressZoneRuleAttribute).GetProperty(nameof(SuppressZoneRuleAttribute.Justification))!],
            ["deep.sub.example.com.", "customer asked"]));
        builder.DefineDynamicModule("PanelSuppressions");

        var linter = ZoneLinter.CreateBuilder().UseBuiltInRules().UseSuppressionsFrom(builder).Build();
        var result = RuleTestHarness.Lint(RuleTestHarness.Complete(Zone), linter: linter);
        Assert.That(Zl1001(result), Is.EqualTo(new[] { ("example.com.", false), ("sub.example.com.", false), ("deep.sub.example.com.", true) }));
        Assert.That(result.Diagnostics.Single(d => d.IsSuppressed).Suppression!.Justification, Is.EqualTo("customer asked"));
    }
}
