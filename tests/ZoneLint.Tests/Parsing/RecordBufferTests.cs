using ZoneLint.Model;
using ZoneLint.Model.Records;
using ZoneLint.Parsing;

namespace ZoneLint.Tests.Parsing;

/// <summary>The records a reader keeps, in a stretch of an array that the readers of other pieces write into too.</summary>
public class RecordBufferTests
{
    private static ResourceRecord Record(int i) => new(DomainName.Parse($"h{i}.example.com."), (uint)i, new AData(new System.Net.IPAddress([192, 0, 2, (byte)i])));

    private static uint[] Ttls(ReadOnlySpan<ResourceRecord> records) => records.ToArray().Select(r => r.Ttl).ToArray();

    [Test]
    public void A_buffer_that_outgrows_its_stretch_moves_to_its_own_array_and_leaves_the_next_stretch_alone()
    {
        var shared = new ResourceRecord[10];
        var next = Record(99);
        shared[6] = next;
        var buffer = new RecordBuffer();
        buffer.Add(Record(1));
        buffer.Share(shared, 2, 6);
        Assert.That(shared[2].Ttl, Is.EqualTo(1u), "the records held move to the stretch");
        for (int i = 2; i <= 6; i++)
        {
            buffer.Add(Record(i));
        }

        Assert.That(Ttls(buffer.Span), Is.EqualTo(new uint[] { 1, 2, 3, 4, 5, 6 }));
        Assert.That(buffer.IsShared, Is.False);
        Assert.That(buffer.Items, Is.Not.SameAs(shared));
        Assert.That(shared[6], Is.EqualTo(next), "the next stretch is not written");
    }

    [Test]
    public void Records_further_on_in_the_same_array_are_moved_down_when_appended()
    {
        // As a join does: the first buffer takes on the second's stretch, and its records move to where the first's end.
        var shared = new ResourceRecord[12];
        var first = new RecordBuffer();
        var second = new RecordBuffer();
        first.Share(shared, 0, 4);
        second.Share(shared, 4, 12);
        first.Add(Record(1));
        first.Add(Record(2));
        for (int i = 3; i <= 9; i++)
        {
            second.Add(Record(i));
        }

        first.Extend(12);
        first.Append(second.Span);
        Assert.That(first.IsShared, Is.True, "no array of its own was needed");
        Assert.That(Ttls(first.Span), Is.EqualTo(new uint[] { 1, 2, 3, 4, 5, 6, 7, 8, 9 }));
        Assert.That(first.Items, Is.SameAs(shared));
    }

    [Test]
    public void Appending_more_than_the_stretch_holds_moves_to_an_array_of_its_own()
    {
        var shared = new ResourceRecord[6];
        var buffer = new RecordBuffer();
        buffer.Share(shared, 0, 3);
        buffer.Add(Record(1));
        ResourceRecord[] more = [Record(2), Record(3), Record(4)];
        buffer.Append(more);
        Assert.That(buffer.IsShared, Is.False);
        Assert.That(Ttls(buffer.Span), Is.EqualTo(new uint[] { 1, 2, 3, 4 }));
        Assert.That(shared[3].IsDefault, Is.True, "nothing written past the stretch");
    }

    [Test]
    public void A_shared_stretch_is_not_resized_but_an_own_array_is_exactly()
    {
        var shared = new ResourceRecord[8];
        var buffer = new RecordBuffer();
        buffer.Share(shared, 0, 4);
        buffer.Reserve(100);
        Assert.That(buffer.Capacity, Is.EqualTo(4));
        var own = new RecordBuffer();
        own.Add(Record(1));
        own.Reserve(100);
        Assert.That(own.Capacity, Is.EqualTo(100));
        Assert.That(Ttls(own.Span), Is.EqualTo(new uint[] { 1 }));
    }

    [Test]
    public void A_stretch_smaller_than_the_records_held_is_refused()
    {
        var buffer = new RecordBuffer();
        buffer.Add(Record(1));
        buffer.Add(Record(2));
        Assert.That(() => buffer.Share(new ResourceRecord[4], 3, 4), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
