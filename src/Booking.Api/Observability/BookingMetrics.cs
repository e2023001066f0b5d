using System.Diagnostics.Metrics;

namespace Booking.Api.Observability;

/// <summary>
/// The service's own instruments, on the meter <see cref="MeterName"/>: <see cref="OutcomesInstrument"/> counts
/// booking attempts by <c>outcome</c> (<c>confirmed</c>, <c>pending</c>, <c>failed</c>) and, for failures, the
/// envelope's <c>error.code</c>.
/// </summary>
public sealed class BookingMetrics
{
    public const string MeterName = "Booking.Api";
    public const string OutcomesInstrument = "booking.outcomes";
    public const string OutcomeTag = "outcome";
    public const string ErrorCodeTag = "error.code";
    public const string Failed = "failed";

    private readonly Counter<long> outcomes;

    public BookingMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        outcomes = meter.CreateCounter<long>(
            OutcomesInstrument, unit: "{booking}", description: "Booking attempts by outcome, and by error code when they failed.");
    }

    public void RecordBooked(string status) => outcomes.Add(1, new KeyValuePair<string, object?>(OutcomeTag, status));

    public void RecordFailed(string errorCode) => outcomes.Add(1,
        new KeyValuePair<string, object?>(OutcomeTag, Failed), new KeyValuePair<string, object?>(ErrorCodeTag, errorCode));
}
