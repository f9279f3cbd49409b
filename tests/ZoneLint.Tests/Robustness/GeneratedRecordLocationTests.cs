using ZoneLint.Parsing;

namespace ZoneLint.Tests.Robustness;

/// <summary>
/// A record made by <c>$GENERATE</c> has no text of its own in the file: every problem with it is located at the
/// directive and quotes the generated text (the fuzzer found a TTL error located, and quoted, from the file's text at
/// the generated line's offsets; reading found the same for a bad owner name, located on line 1).
/// </summary>
public class GeneratedRecordLocationTests
{
    [TestCase("$GENERATE 1-2 a..$ A 192.0.2.1", "ZL0004", "$GENERATE value 1: bad owner name: 'a..1' has an empty label")]
    [TestCase("$GENERATE 1-2 h$ 1x A 192.0.2.1", "ZL0001", "$GENERATE value 1: '1x' is not a TTL")]
    [TestCase("$GENERATE 1-2 h$ 4294967295 A 192.0.2.1", "ZL0006", "$GENERATE value 1: TTL 4294967295 is over 2147483647")]
    [TestCase("$GENERATE 1-2 h$ A 192.0.2.9$$", "ZL0002", "$GENERATE value 1: ")]
    [TestCase("$GENERATE 1-2 h$ CH A 192.0.2.$", "ZL0003", "$GENERATE value 1: class CH does not match")]
    public void A_bad_generated_record_is_reported_once_at_the_directive(string directive, string id, string message)
    {
        var result = ZoneParser.Parse("$ORIGIN example.\n$TTL 1h\n\n" + directive + "\n");
        Assert.That(result.Diagnostics, Has.Length.EqualTo(1), string.Join("\n", result.Diagnostics));
        var d = result.Diagnostics[0];
        Assert.That((d.Id, d.Location.Line, d.Location.Column), Is.EqualTo((id, 4, 1)), d.ToString());
        Assert.That(d.Message, Does.StartWith(message));
    }
}
