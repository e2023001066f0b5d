using System.Text.Json;
using Booking.CalComSandbox.Faults;
using Booking.CalComSandbox.Http;
using Booking.CalComSandbox.Seed;
using Booking.CalComSandbox.Validation;
using Booking.CalComSandbox.Webhooks;

namespace Booking.CalComSandbox.Scheduling;

/// <summary>What Cal.com's booking core does for create, cancel and reschedule, in the order it does it.</summary>
internal sealed class BookingService(EventTypeCatalog catalog, BookingStore store, BookingWebhooks webhooks, TimeProvider time)
{
    public StoredBooking Get(string uid) =>
        store.Find(uid) ?? throw CalComProblemException.NotFound(CalComMessages.BookingNotFoundInDatabase(uid));

    public async Task<StoredBooking> CreateAsync(CreateBookingInput input, ProcessingDelay processingDelay)
    {
        var eventType = FindEventType(input);
        var length = LengthOf(eventType, input.LengthInMinutes);
        var uid = BookingUids.New();
        var location = BookingLocations.Resolve(eventType, input.Location, input.MeetingUrl, uid);
        EnsureRequiredBookingFields(eventType, input.BookingFieldsResponses);

        var start = input.Start;
        var end = start.AddMinutes(length);
        var now = time.GetUtcNow();
        EnsureBookable(eventType, start, end, now);

        if (eventType.RequiresConfirmation
            && store.FindPendingBookingOfAttendee(catalog.Host.Id, eventType.Id, start, input.Attendee.Email, input.Attendee.PhoneNumber)
                is { } existing)
        {
            return existing;
        }

        EnsureHostIsFree(start, end, ignoredUid: null);
        await processingDelay.WaitOnceAsync();
        var status = eventType.RequiresConfirmation ? BookingStatuses.Pending : BookingStatuses.Accepted;
        var booking = new StoredBooking
        {
            Id = store.NextId(),
            Uid = uid,
            Title = $"{eventType.Title} between {catalog.Host.Name} and {input.Attendee.Name}",
            Description = NotesOf(input.BookingFieldsResponses),
            Host = catalog.Host,
            EventType = eventType,
            Status = status,
            Start = start,
            End = end,
            Attendee = ToAttendee(input.Attendee),
            Guests = input.Guests,
            Location = location,
            BookingFieldsResponses = StoredResponses(input),
            Metadata = input.Metadata,
            CreatedAt = now,
            UpdatedAt = now,
            ICalUid = $"{uid}@Cal.com",
        };
        ClaimIfAccepted(booking, takeOverFromUid: null);
        store.Add(booking);
        await webhooks.BookedAsync(booking, rescheduled: null);
        return booking;
    }

    public async Task<StoredBooking> CancelAsync(string uid, string? reason, Canceller canceller)
    {
        var cancelled = Cancel(uid, reason, canceller);
        await webhooks.CancelledAsync(cancelled, canceller.NamedInWebhook ? cancelled.CancelledByEmail : null);
        return cancelled;
    }

    public async Task<StoredBooking> RescheduleAsync(string uid, RescheduleBookingInput input, ProcessingDelay processingDelay)
    {
        // Cal.com throws a plain Error here, which its global filter turns into a bare 500.
        var old = store.Find(uid)
            ?? throw new CalComProblemException(500, CalComMessages.InternalServerError, ErrorShape.NestHttpError);
        if (!old.BlocksHost)
        {
            throw CalComProblemException.BadRequest(CalComMessages.CannotRescheduleCancelled(uid));
        }

        var eventType = old.EventType;
        var start = input.Start;
        var end = start.AddMinutes(eventType.LengthInMinutes);
        var now = time.GetUtcNow();
        EnsureBookable(eventType, start, end, now);
        EnsureHostIsFree(start, end, ignoredUid: old.Uid);
        await processingDelay.WaitOnceAsync();

        var confirmedByHost = string.Equals(input.RescheduledBy, old.Host.Email, StringComparison.OrdinalIgnoreCase);
        var newUid = BookingUids.New();
        var booking = old with
        {
            Id = store.NextId(),
            Uid = newUid,
            Status = eventType.RequiresConfirmation && !confirmedByHost ? BookingStatuses.Pending : BookingStatuses.Accepted,
            Start = start,
            End = end,
            Location = old.Location.Contains(old.Uid, StringComparison.Ordinal)
                ? old.Location.Replace(old.Uid, newUid, StringComparison.Ordinal)
                : old.Location,
            CreatedAt = now,
            UpdatedAt = now,
            ReschedulingReason = input.ReschedulingReason,
            RescheduledByEmail = input.RescheduledBy,
            RescheduledFromUid = old.Uid,
            RescheduledToUid = null,
            ICalSequence = old.ICalSequence + 1,
        };
        ClaimIfAccepted(booking, takeOverFromUid: old.Uid);

        var replaced = old with { Status = BookingStatuses.Cancelled, RescheduledToUid = newUid, UpdatedAt = now };
        if (!store.TryReplace(old, replaced))
        {
            store.ReleaseClaim(new HostSlotKey(booking.Host.Id, booking.Start), newUid);
            throw CalComProblemException.BadRequest(CalComMessages.CannotRescheduleCancelled(uid));
        }

        store.Add(booking);
        await webhooks.BookedAsync(booking, rescheduled: old);
        return booking;
    }

    private StoredBooking Cancel(string uid, string? reason, Canceller canceller)
    {
        while (true)
        {
            var booking = store.Find(uid) ?? throw CalComProblemException.NotFound(CalComMessages.BookingNotFound(uid));
            if (booking.Status == BookingStatuses.Cancelled)
            {
                throw CalComProblemException.BadRequest(CalComMessages.AlreadyCancelled(uid));
            }

            if (canceller.MustGiveReason && string.IsNullOrWhiteSpace(reason))
            {
                throw new CalComProblemException(400, CalComMessages.CancellationReasonRequiredForHost, ErrorShape.NestHttpError);
            }

            var now = time.GetUtcNow();
            if (booking.End <= now)
            {
                throw new CalComProblemException(400, CalComMessages.CannotCancelEndedBooking, ErrorShape.NestHttpError);
            }

            var cancelled = booking with
            {
                Status = BookingStatuses.Cancelled,
                CancellationReason = reason,
                CancelledByEmail = canceller.IsHost ? booking.Host.Email : booking.Attendee.Email,
                ICalSequence = booking.ICalSequence + 1,
                UpdatedAt = now,
            };
            if (store.TryReplace(booking, cancelled))
            {
                return cancelled;
            }
        }
    }

    private SeedEventType FindEventType(CreateBookingInput input)
    {
        if (input.EventTypeId is { } id)
        {
            return catalog.Find(id) ?? throw CalComProblemException.NotFound(CalComMessages.EventTypeNotFound(id));
        }

        if (input.Username is { } username)
        {
            return catalog.FindBySlug(input.EventTypeSlug!, username)
                ?? throw CalComProblemException.NotFound(
                    $"Event type with slug {input.EventTypeSlug} belonging to user {username} not found.");
        }

        throw CalComProblemException.NotFound($"Event type with slug {input.EventTypeSlug} belonging to team {input.TeamSlug} not found.");
    }

    private static int LengthOf(SeedEventType eventType, int? requested)
    {
        if (requested is not { } length)
        {
            return eventType.LengthInMinutes;
        }

        if (!eventType.HasMultipleLengths)
        {
            throw CalComProblemException.BadRequest(CalComMessages.LengthNotAllowed(eventType.Id));
        }

        return eventType.AllowsLength(length)
            ? length
            : throw CalComProblemException.BadRequest(CalComMessages.LengthNotAnOption(eventType.LengthInMinutesOptions));
    }

    private static void EnsureRequiredBookingFields(SeedEventType eventType, IReadOnlyDictionary<string, JsonElement> responses)
    {
        var missing = eventType.BookingFields.FirstOrDefault(field =>
            field.Required && (!responses.TryGetValue(field.Slug, out var value) || IsBlank(value)));
        if (missing is not null)
        {
            throw CalComProblemException.BadRequest(CalComMessages.MissingBookingField(missing.Slug));
        }
    }

    private void EnsureBookable(SeedEventType eventType, DateTimeOffset start, DateTimeOffset end, DateTimeOffset now)
    {
        if (BookingTimeRules.IsInPast(start, now))
        {
            throw CalComProblemException.BadRequest(CalComMessages.InPast);
        }

        if (BookingTimeRules.IsOutOfBounds(eventType, start, now))
        {
            throw CalComProblemException.BadRequest(CalComMessages.OutOfBounds);
        }

        if (catalog.WorkingHoursOf(eventType) is { } workingHours && !workingHours.Covers(start, end))
        {
            throw CalComProblemException.BadRequest(CalComMessages.NotAvailable);
        }
    }

    private void EnsureHostIsFree(DateTimeOffset start, DateTimeOffset end, string? ignoredUid)
    {
        if (store.HostIsBusy(catalog.Host.Id, start, end, ignoredUid))
        {
            throw CalComProblemException.BadRequest(CalComMessages.NotAvailable);
        }
    }

    /// <summary>
    /// Cal.com's unique idempotency key on accepted bookings: of two requests that both passed the availability check,
    /// exactly one inserts and the other gets a 409.
    /// </summary>
    private void ClaimIfAccepted(StoredBooking booking, string? takeOverFromUid)
    {
        if (booking.Status == BookingStatuses.Accepted
            && !store.TryClaim(new HostSlotKey(booking.Host.Id, booking.Start), booking.Uid, takeOverFromUid))
        {
            throw new CalComProblemException(409, CalComMessages.BookingConflict, ErrorShape.NestHttpError);
        }
    }

    private static StoredAttendee ToAttendee(AttendeeInput attendee) => new()
    {
        Name = attendee.Name,
        // Cal.com gives phone-only attendees a placeholder address.
        Email = attendee.Email ?? $"{attendee.PhoneNumber!.TrimStart('+')}@sms.cal.com",
        TimeZone = attendee.TimeZone,
        Language = attendee.Language,
        PhoneNumber = attendee.PhoneNumber,
    };

    private static Dictionary<string, JsonElement> StoredResponses(CreateBookingInput input)
    {
        var responses = new Dictionary<string, JsonElement>(input.BookingFieldsResponses, StringComparer.Ordinal)
        {
            ["name"] = JsonSerializer.SerializeToElement(input.Attendee.Name),
        };
        if (input.Attendee.Email is { } email)
        {
            responses["email"] = JsonSerializer.SerializeToElement(email);
        }

        if (input.Attendee.PhoneNumber is { } phone)
        {
            responses["attendeePhoneNumber"] = JsonSerializer.SerializeToElement(phone);
        }

        responses["guests"] = JsonSerializer.SerializeToElement(input.Guests);
        return responses;
    }

    private static string NotesOf(IReadOnlyDictionary<string, JsonElement> responses) =>
        responses.TryGetValue("notes", out var notes) && notes.ValueKind == JsonValueKind.String ? notes.GetString()! : "";

    private static bool IsBlank(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => true,
        JsonValueKind.String => string.IsNullOrWhiteSpace(value.GetString()),
        JsonValueKind.Array => value.GetArrayLength() == 0,
        _ => false,
    };
}
