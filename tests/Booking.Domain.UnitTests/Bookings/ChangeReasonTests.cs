using Booking.Domain.Bookings;
using Booking.Domain.Common;

namespace Booking.Domain.UnitTests.Bookings;

public sealed class ChangeReasonTests
{
    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void Parse_WhenBlank_IsNoReason(string? text) => Assert.That(ChangeReason.Parse(text).Value, Is.Null);

    [Test]
    public void Parse_TrimsTheReason() => Assert.That(ChangeReason.Parse("  Plans changed ").Value, Is.EqualTo("Plans changed"));

    [Test]
    public void Parse_WhenLongerThan500_ReportsReason()
    {
        Assert.That(ChangeReason.Parse(new string('r', ChangeReason.MaxLength) + "  ").IsValid, Is.True);
        Assert.That(ChangeReason.Parse(new string('r', ChangeReason.MaxLength + 1)).Errors,
            Is.EqualTo(new[] { new FieldError("reason", "reason must be at most 500 characters.") }));
    }
}
