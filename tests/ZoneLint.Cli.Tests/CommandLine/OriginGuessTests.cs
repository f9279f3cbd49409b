namespace ZoneLint.Cli.Tests.CommandLine;

/// <summary>Which origin <c>zonelint check</c> assumes for a file: its own <c>$ORIGIN</c> when it starts with one, else its name.</summary>
public sealed class OriginGuessTests
{
    private string directory = null!;

    [SetUp]
    public void CreateDirectory()
    {
        directory = Path.Combine(Path.GetTempPath(), "zonelint-origin-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
    }

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(directory, recursive: true);

    [TestCase("$ORIGIN example.org.\n@ A 192.0.2.1\n", "example.org.")]
    [TestCase("$origin\texample.org.\n@ A 192.0.2.1\n", "example.org.")]
    [TestCase("; a comment\n\n$TTL 1h\n$Origin  example.org.\n@ A 192.0.2.1\n", "example.org.")]
    [TestCase("\uFEFF$ORIGIN example.org.\n", "example.org.")]
    [TestCase("$ORIGINS example.org.\n@ A 192.0.2.1\n", null)]
    [TestCase("$ORIGIN\n@ A 192.0.2.1\n", null)]
    [TestCase("@ A 192.0.2.1\n$ORIGIN example.org.\n", null)]
    public void A_file_that_sets_its_origin_before_its_first_record_keeps_it(string text, string? declared)
    {
        string path = Path.Combine(directory, "example.com.zone");
        File.WriteAllText(path, text);
        Assert.Multiple(() =>
        {
            Assert.That(ZoneFiles.DeclaredOrigin(path), Is.EqualTo(declared));
            Assert.That(ZoneFiles.GuessOrigin(path), Is.EqualTo(declared is null ? "example.com" : null), "the name is the guess only when the file sets no origin");
        });
    }

    [TestCase("db.example.net", "example.net")]
    [TestCase("example.net.db", "example.net")]
    [TestCase("Example.NET.ZONE", "Example.NET")]
    [TestCase("example.net", "example.net")]
    public void Without_an_origin_of_its_own_a_file_is_named_after_its_zone(string name, string guess)
    {
        string path = Path.Combine(directory, name);
        File.WriteAllText(path, "@ A 192.0.2.1\n");
        Assert.That(ZoneFiles.GuessOrigin(path), Is.EqualTo(guess));
    }
}
