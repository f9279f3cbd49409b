using FsCheck;
using FsCheck.Fluent;
using ZoneLint.Engine;
using ZoneLint.Model;

namespace ZoneLint.Tests.Engine;

/// <summary>
/// Findings are listed by file, line, column, ID and message, whatever order rules reported them in. The sort by key
/// must give that order for any mix of files (and none), places (and none) and ties.
/// </summary>
public class DiagnosticOrderTests
{
    private static readonly DiagnosticDescriptor[] Descriptors =
    [
        new("ZL1001", "one", "{0}", "Test", DiagnosticSeverity.Warning, true, null),
        new("ZL2002", "two", "{0}", "Test", DiagnosticSeverity.Error, true, null),
        new("ZL0001", "zero", "{0}", "Test", DiagnosticSeverity.Info, true, null),
    ];

    [Test]
    public void Any_list_is_sorted_into_the_order_the_comparer_defines_and_nothing_is_lost()
    {
        string?[] files = [null, "", "b.zone", "a.zone", "A.zone", "sub/a.zone"];
        int[] places = [0, 1, 2, 3, 10, 100_000, int.MaxValue, -1];
        var diagnostic = Gen.Elements(files).SelectMany(file => Gen.Elements(places).SelectMany(line => Gen.Elements(places).SelectMany(column =>
            Gen.Elements(Descriptors).SelectMany(descriptor => Gen.Elements("x", "y", "X", "").Select(message =>
                new Diagnostic(descriptor, message, new SourceLocation(file, line, column)))))));
        Prop.ForAll(Gen.ListOf(diagnostic).Select(l => l.ToList()).ToArbitrary(), diagnostics =>
        {
            // The sort by key itself: lists this short are sorted through the comparer.
            var sorted = diagnostics.ToList();
            DiagnosticOrder.SortByKey(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sorted));
            bool inOrder = sorted.Zip(sorted.Skip(1)).All(pair => DiagnosticOrder.Instance.Compare(pair.First, pair.Second) <= 0);
            bool same = sorted.Count == diagnostics.Count && sorted.ToHashSet(ReferenceEqualityComparer.Instance).SetEquals(diagnostics);
            return inOrder && same;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000));
    }

    [Test]
    public void A_list_long_enough_for_the_sort_by_key_is_in_order()
    {
        var random = new Random(7);
        string?[] files = [null, "b.zone", "a.zone"];
        var diagnostics = Enumerable.Range(0, DiagnosticOrder.SortByKeyFrom + 500)
            .Select(_ => new Diagnostic(Descriptors[random.Next(Descriptors.Length)], random.Next(3).ToString(System.Globalization.CultureInfo.InvariantCulture), new SourceLocation(files[random.Next(files.Length)], random.Next(-1, 300), random.Next(0, 40))))
            .ToList();
        var expected = diagnostics.ToList();
        expected.Sort(DiagnosticOrder.Instance);

        DiagnosticOrder.Sort(diagnostics);

        Assert.That(diagnostics.Select(Describe), Is.EqualTo(expected.Select(Describe)));

        static string Describe(Diagnostic d) => $"{d.Location} {d.Id} {d.Message}";
    }

    [Test]
    public void Files_sort_ordinally_with_no_file_first_then_lines_and_columns_as_numbers()
    {
        var d = Descriptors[0];
        var diagnostics = new List<Diagnostic>
        {
            new(d, "m", new SourceLocation("b.zone", 2, 1)),
            new(d, "m", new SourceLocation("B.zone", 9, 9)),
            new(d, "m", new SourceLocation("b.zone", 10, 1)),
            new(d, "m", new SourceLocation("b.zone", 2, 12)),
            new(d, "m", SourceLocation.None),
            new(d, "m", new SourceLocation("b.zone", 2, 3)),
        };

        DiagnosticOrder.Sort(diagnostics);

        Assert.That(diagnostics.Select(x => x.Location.ToString()), Is.EqualTo(new[]
        {
            "<text>(0,0)", "B.zone(9,9)", "b.zone(2,1)", "b.zone(2,3)", "b.zone(2,12)", "b.zone(10,1)",
        }));
    }
}
