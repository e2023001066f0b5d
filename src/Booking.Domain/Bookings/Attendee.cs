using Booking.Domain.Common;

namespace Booking.Domain.Bookings;

/// <summary>The person who books: a name, an email address and the IANA time zone they see the booking in.</summary>
public sealed record Attendee
{
    public const int MaxNameLength = 200;

    public string Name { get; }

    public EmailAddress Email { get; }

    public string TimeZone { get; }

    private Attendee(string name, EmailAddress email, string timeZone)
    {
        Name = name;
        Email = email;
        TimeZone = timeZone;
    }

    /// <summary>
    /// Reads a client's attendee (<c>attendee.name</c>, <c>attendee.email</c>, or null when the object is missing) and
    /// the <c>timezone</c> they see the booking in, reporting every problem at once.
    /// </summary>
    public static Parsed<Attendee> Parse((string? Name, string? Email)? attendee, string? timeZone)
    {
        var zone = IanaTimeZone.Parse(timeZone);
        if (attendee is not var (name, email))
        {
            return Parsed<Attendee>.Invalid([new FieldError("attendee", "attendee is required."), .. zone.Errors]);
        }

        var address = EmailAddress.Parse(email, "attendee.email");
        var errors = new List<FieldError>();
        if (NameError(name) is { } nameError)
        {
            errors.Add(nameError);
        }

        errors.AddRange(address.Errors);
        errors.AddRange(zone.Errors);
        return errors.Count == 0
            ? new Attendee(name!.Trim(), address.Value, zone.Value.Id)
            : Parsed<Attendee>.Invalid(errors);
    }

    /// <summary>An attendee as Cal.com stored it. It was checked when it was booked, possibly elsewhere than here, so
    /// this service's input limits are not applied again.</summary>
    public static Attendee Restore(string name, EmailAddress email, string? timeZone) =>
        string.IsNullOrWhiteSpace(name)
            ? throw new DomainException("attendee.name", "An attendee has a name.")
            : new Attendee(name.Trim(), email, string.IsNullOrWhiteSpace(timeZone) ? IanaTimeZone.Default : timeZone);

    private static FieldError? NameError(string? name)
    {
        const string field = "attendee.name";
        if (string.IsNullOrWhiteSpace(name))
        {
            return new FieldError(field, $"{field} is required.");
        }

        if (TextRules.HasHiddenCharacters(name))
        {
            return new FieldError(field, TextRules.HiddenCharactersMessage(field));
        }

        return name.Trim().Length > MaxNameLength ? new FieldError(field, $"{field} must be at most {MaxNameLength} characters.") : null;
    }
}
