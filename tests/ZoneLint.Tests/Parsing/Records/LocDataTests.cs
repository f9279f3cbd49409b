using ZoneLint.Model.Records;

namespace ZoneLint.Tests.Parsing.Records;

public class LocDataTests
{
    // Latitude and longitude in thousandths of an arc second (north and east positive); altitude and sizes in cm.
    [TestCase("42 21 54 N 71 06 18 W -24m 30m", 152_514_000, -255_978_000, -2_400, 3_000UL, 1_000_000UL, 1_000UL)]
    [TestCase("52 14 05 N 00 08 50 E 10.33m", 188_045_000, 530_000, 1_033, 100UL, 1_000_000UL, 1_000UL)]
    [TestCase("32 7 19 S 116 2 25.999 E 10m", -115_639_000, 417_745_999, 1_000, 100UL, 1_000_000UL, 1_000UL)]
    [TestCase("60 9 N 24 39 E 10 20 2000 20", 216_540_000, 88_740_000, 1_000, 2_000UL, 200_000UL, 2_000UL)]
    [TestCase("12 45 52.333 N 105 40 33.452 W -24m 0.1m 0.1m 0.1m", 45_952_333, -380_433_452, -2_400, 10UL, 10UL, 10UL)]
    [TestCase("60 9 1.5 N 24 39 0.000 E 10.00m 90000000.00m 2000m 20m", 216_541_500, 88_740_000, 1_000, 9_000_000_000UL, 200_000UL, 2_000UL)]
    [TestCase("90 S 180 W -100000m 0m 0.05m 1.5m", -324_000_000, -648_000_000, -10_000_000, 0UL, 5UL, 100UL)]
    [TestCase("1 2 3.4 n 5 6 7.89 e 42849672.95M", 3_723_400, 18_367_890, 4_284_967_295, 100UL, 1_000_000UL, 1_000UL)]
    [TestCase("0 N 0 E -0.5", 0, 0, -50, 100UL, 1_000_000UL, 1_000UL)]
    public void Valid(string rdata, int latitude, int longitude, long altitude, ulong size, ulong horizontal, ulong vertical)
    {
        var loc = RdataAssert.Parse<LocData>("LOC", rdata);
        Assert.Multiple(() =>
        {
            Assert.That(loc.Version, Is.Zero);
            Assert.That(loc.LatitudeMilliarcseconds, Is.EqualTo(latitude));
            Assert.That(loc.LongitudeMilliarcseconds, Is.EqualTo(longitude));
            Assert.That(loc.AltitudeCentimetres, Is.EqualTo(altitude));
            Assert.That(loc.SizeCentimetres, Is.EqualTo(size));
            Assert.That(loc.HorizontalPrecisionCentimetres, Is.EqualTo(horizontal));
            Assert.That(loc.VerticalPrecisionCentimetres, Is.EqualTo(vertical));
            Assert.That(loc.LatitudeDegrees, Is.EqualTo(latitude / 3_600_000.0).Within(1e-9));
            Assert.That(loc.AltitudeMetres, Is.EqualTo(altitude / 100.0).Within(1e-9));
        });
    }

    [TestCase("@ LOC [|91 0 0 N 0 0 0 E 0m", "LOC latitude degrees must be a number from 0 to 90, found '91'")]
    [TestCase("@ LOC [|90 0 1 N 0 E 0", "LOC latitude must not be more than 90 degrees")]
    [TestCase("@ LOC 42 [|60 N 0 E 0", "LOC latitude minutes must be a number from 0 to 59, or the hemisphere N or S, found '60'")]
    [TestCase("@ LOC 42 21 [|60 N 0 E 0", "LOC latitude seconds must be a number from 0 to 59.999")]
    [TestCase("@ LOC 42 21 [|54.1234 N 0 E 0", "at most three decimals")]
    [TestCase("@ LOC 42 21 [|5x N 0 E 0", "LOC latitude seconds")]
    [TestCase("@ LOC 42 21 54 [|X 0 E 0", "LOC latitude hemisphere must be N or S, found 'X'")]
    [TestCase("@ LOC 42 N [|181 E 0", "LOC longitude degrees must be a number from 0 to 180, found '181'")]
    [TestCase("@ LOC 42 N [|180 0 0.001 E 0", "LOC longitude must not be more than 180 degrees")]
    [TestCase("@ LOC 42 N 0 [|N 0", "LOC longitude minutes must be a number from 0 to 59, or the hemisphere E or W, found 'N'")]
    [TestCase("@ LOC 42 N 0 E [|high", "LOC altitude must be metres from -100000.00 to 42849672.95")]
    [TestCase("@ LOC 42 N 0 E [|-100000.01m", "LOC altitude")]
    [TestCase("@ LOC 42 N 0 E [|42849672.96m", "LOC altitude")]
    [TestCase("@ LOC 42 N 0 E [|1.234m", "LOC altitude")]
    [TestCase("@ LOC 42 N 0 E [|1.m", "LOC altitude")]
    [TestCase("@ LOC 42 N 0 E 0 [|90000000.01m", "LOC size must be metres from 0 to 90000000.00")]
    [TestCase("@ LOC 42 N 0 E 0 1m [|-1m", "LOC horizontal precision")]
    [TestCase("@ LOC 42 N 0 E 0 1m 1m [|1.001m", "LOC vertical precision")]
    [TestCase("@ LOC 42 N 0 E[|", "LOC altitude was expected")]
    [TestCase("@ LOC 42 N 0[|", "the LOC longitude hemisphere (E or W) was expected")]
    [TestCase("@ LOC 42 21 54[|", "the LOC latitude hemisphere (N or S) was expected")]
    public void Invalid(string markup, string message) => RdataAssert.Invalid(markup, "ZL0002", message);

    [Test]
    public void ExtraFieldIsASyntaxError() => RdataAssert.Invalid("@ LOC 42 N 0 E 0 1 2 3 [|4", "ZL0001", "unexpected '4'");

    [TestCase("42 21 54 N 71 06 18 W -24m", "00 12 16 13 89172DD0 70BE15F0 00988D20")]
    [TestCase("0 N 0 E 0 0 90000000 0.01", "00 00 99 10 80000000 80000000 00989680")]
    public void GenericFormEqualsText(string text, string hex) => RdataAssert.GenericEqualsText("LOC", text, hex);

    [TestCase("01 12 16 13 89172DD0 70BE15F0 00988D20", "version 1")]
    [TestCase("00 1A 16 13 89172DD0 70BE15F0 00988D20", "size or precision")]
    [TestCase("00 12 A6 13 89172DD0 70BE15F0 00988D20", "size or precision")]
    [TestCase("00 12 16 03 89172DD0 70BE15F0 00988D20", "size or precision")]
    [TestCase("00 12 16 13 934FD901 70BE15F0 00988D20", "beyond 90 degrees")]
    [TestCase("00 12 16 13 89172DD0 70BE15F0", "ends early")]
    public void GenericFormThatIsNotLocIsRefused(string hex, string message) => RdataAssert.GenericInvalid("LOC", hex, message);

    [Test]
    public void GenericFormAtTheLimitsIsAccepted() =>
        Assert.That(RdataAssert.Parse<LocData>("LOC", "\\# 16 00121613 934FD900 80000000 FFFFFFFF").LatitudeMilliarcseconds, Is.EqualTo(324_000_000));

    [TestCase("42 21 54 N 71 06 18 W -24m 30m", "42 21 54.000 N 71 6 18.000 W -24.00m 30.00m 10000.00m 10.00m")]
    [TestCase("60 9 N 24 39 E 10 20 2000 20", "60 9 0.000 N 24 39 0.000 E 10.00m 20.00m 2000.00m 20.00m")]
    [TestCase("12 45 52.333 N 105 40 33.452 W -24m 0.1m 0.1m 0.1m", "12 45 52.333 N 105 40 33.452 W -24.00m 0.10m 0.10m 0.10m")]
    [TestCase("0 N 0 E -0.5m", "0 0 0.000 N 0 0 0.000 E -0.50m 1.00m 10000.00m 10.00m")]
    [TestCase("90 S 180 W -100000m 90000000m 0m 0.01m", "90 0 0.000 S 180 0 0.000 W -100000.00m 90000000.00m 0.00m 0.01m")]
    [TestCase("0 0 0.001 S 0 0 0.001 W 42849672.95m", "0 0 0.001 S 0 0 0.001 W 42849672.95m 1.00m 10000.00m 10.00m")]
    public void PrintsAndParsesBack(string rdata, string printed) => Assert.That(RdataAssert.RoundTrip("LOC", rdata), Is.EqualTo(printed));

    [Test]
    public void SizeIsTruncatedToOneSignificantDigitAsTheWireFormHoldsOnlyOne() =>
        Assert.That(RdataAssert.Parse<LocData>("LOC", "0 N 0 E 0 1.5m 25m 999m").ToString(), Does.EndWith(" 1.00m 20.00m 900.00m"));

    [TestCase(150UL)]
    [TestCase(9_000_000_001UL)]
    public void ConstructorRefusesPrecisionsTheWireFormCannotHold(ulong size) =>
        Assert.That(() => new LocData(0, 0, 0, sizeCentimetres: size), Throws.InstanceOf<ArgumentOutOfRangeException>());
}
