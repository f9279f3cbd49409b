using System.Collections.Immutable;
using System.Text;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Parsing;

namespace ZoneLint.Tests.Engine;

/// <summary>
/// Built-in rules' messages are made when read, from arguments that cannot change; every other message, and any whose
/// arguments could change or do not fit the format, is made when reported, as a third-party rule's always is.
/// </summary>
[NonParallelizable]
public sealed class DiagnosticMessageTests
{
    private static readonly DiagnosticDescriptor Descriptor =
        new("ZL9999", "Test", "owner '{0}' of this {1} record: {2} ({3})", "Test", DiagnosticSeverity.Warning);

    private static readonly DomainName Owner = DomainName.Parse("h_1.example.com.");

    private static Diagnostic Report(object?[] args, bool builtIn = true) =>
        new(Descriptor, DiagnosticSeverity.Warning, args, builtIn, new SourceLocation("z.db", 3, 1), Owner, ImmutableArray<SourceLocation>.Empty);

    [Test]
    public void A_message_made_when_read_is_the_one_made_when_reported()
    {
        object?[] args = [Owner, RRType.A, "label 'h_1' contains '_'", 42];
        var later = Report(args);
        var now = Report(args, builtIn: false);
        Assert.Multiple(() =>
        {
            Assert.That(later.Message, Is.EqualTo("owner 'h_1.example.com.' of this A record: label 'h_1' contains '_' (42)"));
            Assert.That(later.Message, Is.EqualTo(now.Message));
            Assert.That(later.Message, Is.Not.SameAs(later.Message), "made at each read, kept by no one");
            Assert.That(now.Message, Is.SameAs(now.Message), "made once, when reported");
            Assert.That(later.WithSeverity(DiagnosticSeverity.Error).Message, Is.EqualTo(now.Message));
            Assert.That(later.WithSuppression(new ZoneLint.Engine.Suppression(SuppressionKind.Pragma, "z.db:1", null)).Message, Is.EqualTo(now.Message));
        });
    }

    [Test]
    public void Arguments_that_could_change_or_do_not_fit_make_the_message_at_once()
    {
        var text = new StringBuilder("before");
        object?[] args = [Owner, RRType.A, text, 1];
        var changing = Report(args);
        text.Clear().Append("after");
        args[0] = DomainName.Parse("other.example.");
        var settled = Report([Owner, RRType.MX, "x", 2]);
        Assert.Multiple(() =>
        {
            Assert.That(changing.Message, Does.Contain("before").And.Contain("h_1.example.com."));
            Assert.That(() => Report([Owner, RRType.A]), Throws.TypeOf<FormatException>(), "too few arguments fail in the rule, where the engine reports it");
            Assert.That(settled.Message, Does.Contain("MX"));
        });
    }

    [Test]
    public void A_third_party_rule_changing_its_array_after_reporting_changes_nothing()
    {
        object?[] args = [Owner, RRType.A, "x", 1];
        var diagnostic = Report(args, builtIn: false);
        args[2] = "changed";
        Assert.That(diagnostic.Message, Does.Contain(": x (1)"));
    }

    [Test]
    public void A_finding_of_a_built_in_rule_keeps_no_message_until_read()
    {
        // 2,000 misspelt host names, with all the lint allocates for them besides their messages.
        var text = new StringBuilder("$ORIGIN example.com.\n$TTL 300\n@ SOA ns hostmaster 1 1 1 1 1\n@ NS ns\nns A 192.0.2.1\n");
        for (int i = 0; i < 2000; i++)
        {
            text.Append("h_").Append(i).Append(" A 192.0.2.7\n");
        }

        var parsed = ZoneParser.Parse(text.ToString());
        ZoneLinter.Default.Lint(parsed); // The shared parses and first-use costs.
        long before = GC.GetTotalAllocatedBytes(precise: true);
        var result = ZoneLinter.Default.Lint(parsed);
        long perFinding = (GC.GetTotalAllocatedBytes(precise: true) - before) / 2000;
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics.Count(d => d.Id == "ZL7002"), Is.EqualTo(2000));
            Assert.That(result.Diagnostics.First(d => d.Id == "ZL7002").Message, Does.StartWith("owner 'h_0.example.com.' of this A record is not a valid host name"));
            Assert.That(perFinding, Is.LessThan(400), "about 1,020 bytes when messages were made as reported, 580 when made as read but the problem put in words at once, 250 now");
        });
    }
}
